# smppkit provider profile: 8x8. Format: see generic.profile.
# Sources: seeds 000_f1b96adc35c5170d.txt (Markdown) and 001_04304647d8ef4018.txt (same guide, plain text).
name = 8x8
display-name = 8x8
seeds = 000_f1b96adc35c5170d.txt, 001_04304647d8ef4018.txt
# Seed 000: "| Singapore (default) | smpp.8x8.com |" and "| Europe | smpp.8x8.uk |".
regions = sg, eu
region.sg.label = Singapore
region.sg.host = smpp.8x8.com
region.eu.label = Europe
region.eu.host = smpp.8x8.uk
default-region = sg
# Seed 000: "| Port | 2775 |".
port = 2775
# Seed 000: "| Port for SSL/TLS | 2776 (TLS v1.2) |".
tls.port = 2776
tls.version = TLSv1.2
tls.certificate = unspecified
tls.note = unspecified
# Seed 000: "You should connect to 8x8 SMPP servers using SMPP version 3.4."
smpp-version = 3.4
# Seed 000: "using `bind_receiver` and `bind_transmitter` or `bind_transceiver`".
bind-types = bind_receiver, bind_transmitter, bind_transceiver
bind-type.recommended = unspecified
# Seed 000: "8x8 SMPP platform allows a maximum of 4 binds per subAccountId."
max-binds = 4
max-binds.scope = sub-account
# Seed 000: "for each bind connected to 8x8 SMPP servers, you will be able to submit a maximum of 50 messages per second".
throughput = 50
throughput.scope = bind
throughput.maximum = unspecified
# Seed 000: "The following PDUs are supported by 8x8 SMPP servers:" (the list, in the seed's order).
accepted-pdus = bind_receiver, bind_transmitter, bind_transceiver, submit_sm, enquire_link, deliver_sm_resp, unbind
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
receipt.format = unspecified
receipt.date-zone = unspecified
receipt.stats = unspecified
# Seed 000: "8x8 servers will send back `deliver_sm` to any bind connected with the same `systemId`".
receipt.routing = any-bind-of-system-id
message-id.policy = unspecified
error-catalog = 8x8
# Seed 000: "Throughput is tailored to each customer's requirement during our onboarding process."
note = Throughput is tailored per customer at onboarding; 50 messages per second per bind is the usual case.
# Seed 000: "you are required to have a dedicated account manager for SMPP connectivity".
note = SMPP access needs a dedicated 8x8 account manager, who provides the sub-account id (system_id).
