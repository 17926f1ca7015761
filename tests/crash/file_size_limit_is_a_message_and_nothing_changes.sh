#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A file size limit (ulimit -f) is a message and exit status 5, never a
# death by SIGXFSZ: the register, an older output file and a register being
# created are left exactly as they were, with no temporary file behind.
. "$(dirname "$0")/lib.sh"

# limited BYTES ARGS...: run dialogreg with a file size limit of BYTES.
limited() {
	LAST="prlimit --fsize=$1 dialogreg $*"
	lim=$1
	shift
	prlimit --fsize="$lim:$lim" "$DLG" "$@" >"$T/out" 2>"$T/err"
	RC=$?
}

ok demo
survey 3000 "$T/enkat.csv"
cp register.db before.db
snapshot before

# An import whose write-ahead log would pass 64 KiB.
limited 65536 import MD-2026-015 "$T/enkat.csv"
not_by_signal
expect_rc 5
expect_err "would grow past the file size limit (ulimit -f); nothing was saved"
same_bytes register.db before.db
expect_unchanged before
integrity register.db
no_leftovers "$T"

# The same in Swedish.
LC_ALL=sv_SE.UTF-8 limited 65536 import MD-2026-015 "$T/enkat.csv"
not_by_signal
expect_rc 5
expect_err "skulle bli större än gränsen för filstorlek (ulimit -f); inget har sparats"
same_bytes register.db before.db

# A form's worth of changes in one set, with a long summary. (Opening a
# register takes 32 KiB for SQLite's -shm file; the limits here are above
# that, so it is the change itself that passes them.)
long=$(python3 -c 'print("Deltagarna ville ha fler bussar. " * 580)')
limited 40960 set MD-2026-001 purpose="Ett nytt syfte" goals="Fler mål" \
    budget=250000 communication_plan="Affischer och webb. $long" \
    documentation_plan="Anteckningar. $long" evaluation_plan="Enkät efteråt" \
    result_summary="$long"
not_by_signal
expect_rc 5
expect_err "file size limit"
same_bytes register.db before.db
expect_unchanged before

# An output file that exists keeps its old content.
ok export-json -o backup.json
cp backup.json backup-before.json
ok new title="Ännu en dialog" question="Varför?" initiated_by="Anna" \
    bodies=Kommunstyrelsen
cp register.db before.db
limited 40960 export-json -o backup.json
not_by_signal
expect_rc 5
expect_err "cannot write 'backup.json': the file would grow past the file size limit (ulimit -f); the file was left as it was"
same_bytes backup.json backup-before.json
no_leftovers "$T"
LC_ALL=sv_SE.UTF-8 limited 40960 export -o lista.csv
not_by_signal
expect_rc 5
expect_err "filen skulle bli större än gränsen för filstorlek (ulimit -f)"
[ ! -e lista.csv ] || fail "a half-written lista.csv"

# Restoring a backup into a new register: nothing is created.
limited 40960 --db "$T/kopia.db" import-json backup.json
not_by_signal
expect_rc 5
expect_err "file size limit"
[ ! -e kopia.db ] || fail "a half-made register kopia.db"
no_leftovers "$T"

# Without the limit everything works, so nothing was damaged.
ok import MD-2026-015 "$T/enkat.csv"
expect_out "Imported 3000 contributions"
ok --db "$T/kopia.db" import-json backup.json
# A printout of the 3000 answers passes the limit too.
limited 40960 print MD-2026-015 --contributions -o utskrift.txt
not_by_signal
expect_rc 5
expect_err "cannot write 'utskrift.txt': the file would grow past the file size limit"
[ ! -e utskrift.txt ] || fail "a half-written utskrift.txt"
no_leftovers "$T"
integrity register.db
integrity kopia.db
exit 0
