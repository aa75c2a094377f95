# smppkit provider profile: YCloud. Format: see generic.profile.
# Source: seed 003_cb376dc1a97cb990.txt.
name = ycloud
display-name = YCloud
seeds = 003_cb376dc1a97cb990.txt
# Seed 003: "| smpp.ycloud.com | 30002       | 30012           |" (Server Address, Server Port, SSL Server Port).
regions = main
region.main.label = unspecified
region.main.host = smpp.ycloud.com
default-region = main
port = 30002
tls.port = 30012
tls.version = unspecified
# Seed 003: "Contact us to retrieve our public certificate."
tls.certificate = contact YCloud to retrieve its certificate, then trust it explicitly (e.g. TlsConfig.trustingPem)
tls.note = unspecified
smpp-version = unspecified
bind-types = unspecified
bind-type.recommended = unspecified
# Seed 003, bind status 5: "Exceeds connection limit" (the limit itself is not stated).
max-binds = unspecified
max-binds.scope = unspecified
throughput = unspecified
throughput.scope = unspecified
throughput.maximum = unspecified
accepted-pdus = unspecified
source.ton = unspecified
source.npi = unspecified
source.alphanumeric = unspecified
destination.ton = unspecified
destination.npi = unspecified
destination.length = unspecified
destination.format = unspecified
data-codings = unspecified
message.max-octets = unspecified
message.max-default-chars = unspecified
submit.null-fields = unspecified
password.max-length = unspecified
password.note = unspecified
# Seed 003: the example "id:11041301030001006668 sub:001 dlvrd:001 submit date:2111040501 done date:2111040501
# stat:DELIVRD err:0 text:none" is the standard receipt text.
receipt.format = standard
# Seed 003: ""Submit date" and "done date" are in UTC time."
receipt.date-zone = UTC
receipt.stats = unspecified
receipt.routing = unspecified
message-id.policy = unspecified
error-catalog = ycloud
# Seed 003: "Please contact our customer service to enable this feature."
note = SMPP must be enabled by YCloud customer service, which also issues the system_id and password.
# Seed 003, bind status 5 and submit status 6: "Exceeds connection limit".
note = YCloud enforces a connection limit it does not publish (bind status 5, submit status 6).
