# smppkit provider profile: sms-smpp-routes ("Enhanced SMPP"). Format: see generic.profile.
# Source: seed 002_fef9893e0655bfb0.txt.
name = sms-smpp-routes
display-name = Enhanced SMPP (sms-smpp-routes)
seeds = 002_fef9893e0655bfb0.txt
# Seed 002: "Host | smpp.sms-smpp-routes.tech |".
regions = main
region.main.label = unspecified
region.main.host = smpp.sms-smpp-routes.tech
default-region = main
# Seed 002: "Port | 2777 |".
port = 2777
# Seed 002: "Secured Port | 2778 |".
tls.port = 2778
tls.version = unspecified
tls.certificate = unspecified
tls.note = unspecified
smpp-version = unspecified
# Seed 002: "Mode | TX / RX / TRX |".
bind-types = bind_transmitter, bind_receiver, bind_transceiver
bind-type.recommended = unspecified
# Seed 002: "Connections | max 2 connections |".
max-binds = 2
max-binds.scope = unspecified
# Seed 002: "Throughput | 30/Sec. ( We support up to 500 SMS/Sec, contact our support for further details)."
# The seed does not say whether 30/s is per connection or per account.
throughput = 30
throughput.scope = unspecified
throughput.maximum = 500
accepted-pdus = unspecified
# Seed 002, 0x48: "Accepts International, Network, or Alphanumeric; values of 0x01, 0x03, and 0x05."
source.ton = 1, 3, 5
# Seed 002, 0x49: "Set to null for default value or 0x01 for ISDN numbering plan indicator."
source.npi = 0, 1
# Seed 002: "If the sender address is alphanumeric (contains both letters and numbers) or non-numeric, TON is set
# to 5 and NPI to 0."
source.alphanumeric = 5/0
# Seed 002, 0x50: "Accepts either Unknown Or International; values: 0x00 and 0x01".
destination.ton = 0, 1
# Seed 002, 0x51: "Accepts either Unknown Or ISDN E163/E164: values: 0x00 and 0x01."
destination.npi = 0, 1
# Seed 002, 0x0B: "the length was greater than 3 && less than 17": 4 to 16 characters.
destination.length = 4..16
destination.format = unspecified
data-codings = unspecified
# Seed 002, 0x01: "Max 140 octets; 160 chars in uncompressed default character encoding."
message.max-octets = 140
message.max-default-chars = 160
# Seed 002, 0x15 "Invalid Service Type": "Set to NULL"; 0x63: "Does not support canned messages; set to NULL."
submit.null-fields = service_type, sm_default_msg_id
# Seed 002: "If your SMPP system supports only passwords up to 8 characters (SMPP v3.4 standard), contact our
# Support team to adjust the password strength settings on your account."
password.max-length = 8
password.note = account passwords may be longer than SMPP 3.4 allows: ask sms-smpp-routes support to adjust the password strength settings
receipt.format = unspecified
receipt.date-zone = unspecified
receipt.stats = unspecified
receipt.routing = unspecified
message-id.policy = unspecified
error-catalog = sms-smpp-routes
# Seed 002: "You need to reach out to our support team to get your SMPP server ip white listed to use this service."
note = The client's IP address must be whitelisted by sms-smpp-routes support first.
