# smppkit provider profile: selfhost.smpp.asia. Format: see generic.profile.
# Source: seed 004_54e13055de7ef4b6.txt.
name = selfhost
display-name = selfhost.smpp.asia
seeds = 004_54e13055de7ef4b6.txt
# Seed 004: "| Host | `selfhost.smpp.asia` |".
regions = main
region.main.label = unspecified
region.main.host = selfhost.smpp.asia
default-region = main
# Seed 004: "| Port | `2558` |".
port = 2558
# Seed 004: "| TLS | Not required |" (no TLS port is given).
tls.port = unspecified
tls.version = unspecified
tls.certificate = unspecified
tls.note = Not required
# Seed 004: "| Protocol | SMPP v3.4 |".
smpp-version = 3.4
# Seed 004: "| Transmitter | Send SMS only |", "| Receiver | Receive DLR only |", "| Transceiver | Send SMS + Receive DLR |".
bind-types = bind_transmitter, bind_receiver, bind_transceiver
# Seed 004: "Recommended: **Transceiver** for full functionality".
bind-type.recommended = bind_transceiver
max-binds = unspecified
max-binds.scope = unspecified
# Seed 004: "**10 TPS** (Transactions Per Second) per user".
throughput = 10
throughput.scope = account
throughput.maximum = unspecified
accepted-pdus = unspecified
source.ton = unspecified
source.npi = unspecified
source.alphanumeric = unspecified
destination.ton = unspecified
destination.npi = unspecified
destination.length = unspecified
# Seed 004: "| dest_addr | Recipient phone (09xxxxxxxxx) |" ('x' stands for any digit).
destination.format = 09xxxxxxxxx
# Seed 004: "| data_coding | 0 (GSM) or 8 (UCS2 for Unicode) |".
data-codings = 0, 8
message.max-octets = unspecified
message.max-default-chars = unspecified
submit.null-fields = unspecified
password.max-length = unspecified
password.note = unspecified
receipt.format = unspecified
receipt.date-zone = unspecified
# Seed 004: "| DELIVRD | Message delivered |", "| UNDELIV | Delivery failed |", "| EXPIRED | Message expired |",
# "| UNKNOWN | Unknown status |".
receipt.stats = DELIVRD, UNDELIV, EXPIRED, UNKNOWN
receipt.routing = unspecified
message-id.policy = unspecified
error-catalog = selfhost
# Seed 004: "Daily/Monthly limits based on your package".
note = Daily and monthly message limits depend on the selfhost package.
