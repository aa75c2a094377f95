# smppkit provider profile: generic (an SMPP 3.4 peer with nothing provider-specific known).
# Format (UTF-8): one 'key = value' per line; lines starting with '#' are comments; blank lines are ignored.
#   Every key below must appear exactly once (except 'note', which may repeat or be absent); unknown keys are
#   errors. Lists are comma-separated. 'unspecified' means the source is silent: no rule is applied, and where
#   the generic profile states a value (e.g. password.max-length) that value applies instead.
#   Each value is preceded by a comment naming its source: a seed file in shared/seeds, or for this profile
#   the SMPP reference (shared/reference/SMPP-REFERENCE.md) or an smppkit default.
name = generic
display-name = Generic SMPP 3.4 peer
seeds = none
# No host is known: the caller names one.
regions = none
default-region = none
# Reference section 1: "2775 is the customary SMSC port".
port = 2775
tls.port = unspecified
tls.version = unspecified
tls.certificate = unspecified
tls.note = unspecified
# smppkit default: bind with interface_version 0x34.
smpp-version = 3.4
# Reference section 4.1: the three bind operations.
bind-types = bind_transmitter, bind_receiver, bind_transceiver
bind-type.recommended = unspecified
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
# Reference section 4.1: password is C(9), at most 8 characters plus the NUL.
password.max-length = 8
password.note = unspecified
# Reference section 10: the v3.4 Appendix B receipt text.
receipt.format = standard
# smppkit default (ReceiptParser): receipt dates without an offset are read in UTC.
receipt.date-zone = UTC
receipt.stats = unspecified
receipt.routing = unspecified
# smppkit default: ids compared as numbers (decimal when all digits, else hex), which tolerates leading zeros.
message-id.policy = NUMERIC
error-catalog = generic
