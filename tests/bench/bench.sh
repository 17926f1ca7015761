#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench.sh: how fast the register is at scale, beside the sqlite3 shell.
# Builds a synthetic register of N dialogues (default 200 000; the
# generator gives every dialogue with sessions 10-71 contributions) in a
# temporary directory, then times each reading command and the sqlite3
# shell doing the same work on the same file (the same rows, the same
# columns, the same order), and prints both with their ratio. Each figure
# is the best of RUNS runs (default 3), so that other work on the machine
# weighs less. Prints figures only: it never passes or fails, so it is
# not a meson test.
#
#   tests/bench/bench.sh [N] [PROGRAM]
#
# PROGRAM defaults to build/src/dialogreg (built by ./dialogreg.sh).
# RUNS=5 tests/bench/bench.sh ... for more runs; KEEP=FILE keeps the
# register (and reuses it when it exists: no demo then). IMPORT_ROWS=N
# (default 1 000 000, 0 for none) times a survey import of N rows into a
# copy of the register beside the sqlite3 shell doing the same inserts.
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
n=${1:-200000}
prog=${2:-$root/build/src/dialogreg}
runs=${RUNS:-3}

if [ ! -x "$prog" ]; then
	echo "bench: no program at $prog; build it with ./dialogreg.sh" >&2
	exit 1
fi
if ! command -v sqlite3 >/dev/null; then
	echo "bench: the sqlite3 shell is needed (apt-get install sqlite3)" >&2
	exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=${KEEP:-$dir/register.db}

# now: microseconds since the epoch.
now() {
	echo "${EPOCHREALTIME/[.,]/}"
}

# once CMD...: the wall time of one run, in microseconds, in $us; the
# output is thrown away, the exit status kept in $rc.
once() {
	local start end

	start=$(now)
	"$@" >/dev/null 2>"$dir/stderr"
	rc=$?
	end=$(now)
	us=$((end - start))
}

ms() {
	printf '%d.%03d' $(($1 / 1000000)) $(($1 % 1000000 / 1000))
}

# peak KB of one run of CMD...
peak() {
	/usr/bin/time -f '%M' -o "$dir/rss" "$@" >/dev/null 2>&1
	cat "$dir/rss"
}

# compare LABEL 'SQL' [shell options] -- program arguments...: the
# program beside the shell, the ratio program / shell.
compare() {
	local label=$1 sql=$2 p s kb

	shift 2
	local opts=()
	while [ "$1" != "--" ]; do
		opts+=("$1")
		shift
	done
	shift
	# The best of $runs runs each, the program's and the shell's taken
	# in turn, so that a slow spell of the machine weighs on both.
	local i prc=0 perr=
	p= s=
	for ((i = 0; i < runs; i++)); do
		once "$prog" --db "$db" "$@"
		[ "$rc" -eq 0 ] || prc=$rc perr=$(head -n 1 "$dir/stderr")
		{ [ -n "$p" ] && [ "$us" -ge "$p" ]; } || p=$us
		once sqlite3 "${opts[@]}" "$db" "$sql"
		{ [ -n "$s" ] && [ "$us" -ge "$s" ]; } || s=$us
	done
	[ "$prc" -eq 0 ] || label="$label (exit $prc: $perr)"
	kb=$(peak "$prog" --db "$db" "$@")
	printf '%-40s %8s s %8s s %6s %7s MB\n' "$label" "$(ms "$p")" \
	    "$(ms "$s")" "$(awk -v p="$p" -v s="$s" \
	    'BEGIN { printf "%.2f", (s > 0 ? p / s : 0) }')" \
	    "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')"
}

# The list's rows as the shell can give them: every column, the lists
# joined, the children counted, as `list --format csv|json` prints them.
ROW="@COLS@, (SELECT group_concat(i.name, '; ') FROM items i
  WHERE i.dialogue_id = d.id) AS lists,
  (SELECT count(*) FROM sessions s WHERE s.dialogue_id = d.id) AS n_sessions,
  (SELECT max(s.date) FROM sessions s WHERE s.dialogue_id = d.id) AS last,
  (SELECT sum(s.participants) FROM sessions s WHERE s.dialogue_id = d.id)
    AS n_participants,
  (SELECT count(*) FROM feedback f WHERE f.dialogue_id = d.id) AS n_feedback,
  (SELECT min(f.date) FROM feedback f WHERE f.dialogue_id = d.id) AS first,
  (SELECT count(*) FROM contributions c WHERE c.dialogue_id = d.id)
    AS n_contributions"
REF="ORDER BY d.year, d.serial"
DEADLINE="ORDER BY d.decision_deadline IS NULL, d.decision_deadline,
  d.year, d.serial"
FTS="d.id IN (SELECT rowid FROM dialogue_fts WHERE dialogue_fts MATCH
  '\"belysning\" *') OR d.id IN (SELECT c.dialogue_id FROM contributions c
  WHERE c.id IN (SELECT rowid FROM contribution_fts WHERE contribution_fts
  MATCH '\"belysning\" *'))"

echo "dialogreg benchmark: $n synthetic dialogues, $(nproc) CPU(s)," \
    "best of $runs"
echo "program: $prog"
echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
if [ ! -e "$db" ]; then
	start=$(now)
	/usr/bin/time -f '%M' -o "$dir/rss" "$prog" --db "$db" demo \
	    --size "$n" >/dev/null 2>"$dir/stderr" ||
	    { echo "bench: demo failed: $(cat "$dir/stderr")" >&2; exit 1; }
	end=$(now)
	printf '%-40s %8s s (peak %d MB)\n' "demo --size $n" \
	    "$(ms $((end - start)))" $(($(cat "$dir/rss") / 1024))
fi
size=$(stat -c %s "$db")
printf '%-40s %8d MB, %d bytes per dialogue\n' "register file" \
    $((size / 1048576)) $((n > 0 ? size / n : 0))
for t in dialogues contributions history; do
	printf '%-40s %10d\n' "rows in $t" \
	    "$(sqlite3 "$db" "SELECT count(*) FROM $t")"
done
# One open first, so a migration is not timed.
"$prog" --db "$db" list --limit 1 >/dev/null 2>&1
# The dialogue's columns as the list prints them: every one but the sort
# keys (schema 11), which only order the rows.
cols=$(sqlite3 "$db" "SELECT group_concat('d.' || name, ', ') FROM
    pragma_table_info('dialogues') WHERE name NOT LIKE '%\_key' ESCAPE '\'")
ROW=${ROW/@COLS@/$cols}

printf '\n%-40s %10s %10s %6s %10s\n' "" "program" "shell" "ratio" "peak RSS"
compare "first page (50, by reference)" \
    "SELECT $ROW FROM dialogues d $REF LIMIT 50" -csv -header -- \
    list --limit 50 --format csv
compare "first page by deadline" \
    "SELECT $ROW FROM dialogues d $DEADLINE LIMIT 50" -csv -header -- \
    list --limit 50 --sort deadline --format csv
compare "first page, state running" \
    "SELECT $ROW FROM dialogues d WHERE d.state IN ('running') $REF
    LIMIT 50" -csv -header -- \
    list --state running --limit 50 --format csv
compare "full text 'belysning', first page" \
    "SELECT $ROW FROM dialogues d WHERE $FTS $REF LIMIT 50" -csv -header -- \
    list --text belysning --limit 50 --format csv
compare "full text 'belysning', all matches" \
    "SELECT $ROW FROM dialogues d WHERE $FTS $REF" -csv -header -- \
    list --text belysning --format csv
compare "all running (scan), CSV" \
    "SELECT $ROW FROM dialogues d WHERE d.state IN ('running') $REF" \
    -csv -header -- list --state running --format csv
compare "whole register, CSV" \
    "SELECT $ROW FROM dialogues d $REF" -csv -header -- list --format csv
compare "whole register, JSON" \
    "SELECT $ROW FROM dialogues d $REF" -json -- list --format json

# Import: IMPORT_ROWS survey rows (default 1 000 000; 0 skips it) from a
# CSV file as a survey tool exports it (Swedish answers from a line to
# several paragraphs, some with line breaks and quotes, completion times,
# channels the register knows and one it does not, themes, e-mail
# addresses or "anonymous"), imported by the program into a copy of the
# register and by the sqlite3 shell into another: `.import` into a
# temporary table, then INSERT ... SELECT into the same tables with the
# same values, the full-text index (the schema's triggers) and the same
# history rows. One run each; rows per second by wall time and by CPU
# time, the ratio program / shell (above 1: the program is faster), and
# each one's peak memory.
import_rows=${IMPORT_ROWS:-1000000}

# survey_csv N FILE: the survey export of N answers.
survey_csv() {
	awk -v n="$1" '
function pick(a, n) { return a[int(rand() * n) + 1] }
BEGIN {
	srand(20261124)
	no = split("Det behövs bättre belysning på gångvägen mellan " \
	    "skolan och centrum.|" \
	    "Jag tycker att parken ska få vara som den är.|" \
	    "Fler bänkar och papperskorgar, tack.|" \
	    "Bra att kommunen frågar oss som bor här!|" \
	    "Trafiken på Storgatan är alldeles för snabb, det är farligt " \
	    "för barnen som cyklar till skolan.|" \
	    "Lekplatsen är sliten och gungorna har varit trasiga sedan i " \
	    "våras.|" \
	    "Varför satsar man inte på kollektivtrafiken i stället?|" \
	    "Biblioteket borde ha öppet på söndagar.|" \
	    "Jag är emot förslaget.|" \
	    "Ungdomarna behöver en plats att vara på kvällarna som inte " \
	    "kostar pengar.", op, "|")
	nr = split("Jag går här varje dag med hunden och det är mörkt och " \
	    "otryggt på vintern.|" \
	    "Min pappa är 87 år och kommer inte fram med sin rollator när " \
	    "det inte är plogat.|" \
	    "Vi har sagt det här på flera möten utan att något har hänt, " \
	    "så jag hoppas att det blir annorlunda nu.|" \
	    "Bussen går bara en gång i timmen efter klockan sex, och då " \
	    "blir det bilen i stället.|" \
	    "Det är viktigt att tänka på tillgängligheten från början och " \
	    "inte i efterhand.|" \
	    "Föreningarna i området har lagt ner mycket ideellt arbete " \
	    "och borde få vara med och bestämma.|" \
	    "Många som bor här pratar inte svenska och får aldrig veta " \
	    "vad som planeras.|" \
	    "Sommartid är det fullt av folk, men resten av året står det " \
	    "tomt.|" \
	    "Barnen från förskolan brukar gå hit och det är den enda " \
	    "gröna platsen i närheten.|" \
	    "Jag har bott i Strömsby i över trettio år och sett området " \
	    "förändras mycket.", re, "|")
	nw = split("Sätt upp fler lampor och klipp buskarna.|" \
	    "Gör en ramp vid entrén och bredda dörrarna.|" \
	    "Fråga skolorna, eleverna har många bra idéer.|" \
	    "Sänk hastigheten till 30 km/h förbi skolan och förskolan.|" \
	    "Plantera träd som ger skugga på sommaren.|" \
	    "Lägg informationen på flera språk, och i brevlådan, inte " \
	    "bara på webben.", wi, "|")
	nc = split("Tack för att ni frågar!|Mvh en granne|Hör gärna av " \
	    "er.|/Anna, boende i Ängsvik", cl, "|")
	nt = split("trygghet|tillgänglighet|belysning|trafik|grönska|" \
	    "öppettider|information|ekonomi|barn och unga", th, "|")
	nk = split("Webb|Webb|Webb|Enkät|Enkät|E-post|Brev|Telefon", ch, "|")
	nn = split("anna.berg|per.astrom|maria.oberg|ahmed.karimi|" \
	    "eva.dahl|leila.hassan|johan.sjoberg", nm, "|")
	print "ID;Starttid;Slutförd;E-post;Kanal;Tema;Svar"
	for (i = 1; i <= n; i++) {
		shape = rand()
		t = pick(op, no)
		if (shape >= 0.35) t = t " " pick(re, nr)
		if (shape >= 0.65) t = t " " pick(wi, nw) " " pick(re, nr)
		if (shape >= 0.85)
			t = t "\n\n" pick(re, nr) " " pick(op, no) " " \
			    pick(wi, nw) " " pick(re, nr)
		if (shape >= 0.95)
			t = t "\n" pick(re, nr) " \"" pick(wi, nw) "\" " \
			    pick(re, nr) " " pick(re, nr)
		if (rand() < 0.3) t = t " " pick(cl, nc)
		s = 1732000000 + i * 7 + int(rand() * 600)
		d0 = strftime("%Y-%m-%d %H:%M:%S",
		    s - 60 - int(rand() * 900), 1)
		d1 = strftime("%Y-%m-%d %H:%M:%S", s, 1)
		mail = rand() < 0.2 ? pick(nm, nn) "@exempel.se" : "anonymous"
		r = rand()
		theme = r < 0.5 ? "" : r < 0.8 ? pick(th, nt) : \
		    pick(th, nt) ", " pick(th, nt)
		gsub(/"/, "\"\"", t)
		printf "%d;%s;%s;%s;%s;%s;\"%s\"\n", i, d0, d1, mail,
		    pick(ch, nk), theme, t
	}
}
' >"$2"
}

# shell_import CSV REF: what the program's import writes, as the shell's
# commands.
shell_import() {
	cat <<SQL
.bail on
PRAGMA foreign_keys = ON;
.mode csv
.separator ;
.import --schema temp '$1' survey
BEGIN IMMEDIATE;
CREATE TEMP TABLE imp AS SELECT id AS did, version + 1 AS v,
  strftime('%Y-%m-%dT%H:%M:%SZ', 'now') AS now, '$(id -un)' AS who,
  (SELECT ifnull(max(id), 0) FROM contributions) AS last
  FROM dialogues WHERE ref = '$2';
INSERT INTO contributions (dialogue_id, session_id, channel, text, themes,
  contact, contact_erased, created, channel_text)
  SELECT imp.did, NULL, CASE lower(s.Kanal) WHEN 'webb' THEN 'web'
    WHEN 'e-post' THEN 'email' WHEN 'enkät' THEN 'survey'
    WHEN 'brev' THEN 'letter' WHEN '' THEN 'survey' ELSE 'other' END,
    trim(s.Svar, ' ' || char(9, 10, 13)), nullif(trim(s.Tema), ''),
    CASE WHEN s."E-post" IN ('', 'anonymous') THEN NULL
      ELSE s."E-post" END,
    0, replace(s."Slutförd", ' ', 'T'),
    CASE WHEN lower(s.Kanal) IN ('webb', 'e-post', 'enkät', 'brev', '')
      THEN NULL ELSE s.Kanal END
  FROM temp.survey s, imp WHERE trim(s.Svar) <> '';
INSERT INTO history (dialogue_id, version, at, who, field, old_value,
  new_value)
  SELECT imp.did, imp.v, imp.now, imp.who, k.field, NULL,
    CASE k.field WHEN 'contribution' THEN CAST(c.id AS TEXT)
      ELSE 'given' END
  FROM imp, contributions c CROSS JOIN (SELECT 'contribution' AS field
    UNION ALL SELECT 'contribution_contact') k
  WHERE c.id > imp.last
    AND (k.field = 'contribution' OR c.contact IS NOT NULL)
  ORDER BY c.id, k.field;
UPDATE dialogues SET version = (SELECT v FROM imp),
  updated = (SELECT now FROM imp), updated_by = (SELECT who FROM imp)
  WHERE id = (SELECT did FROM imp);
INSERT INTO history (dialogue_id, version, at, who, field, new_value)
  SELECT did, v, now, who, 'import', (SELECT count(*) FROM contributions
  WHERE id > imp.last) FROM imp;
INSERT INTO imports (dialogue_id, digest, file_name, rows, at, who)
  SELECT did, 'sha256:bench', 'survey.csv', (SELECT count(*)
  FROM contributions WHERE id > imp.last), now, who FROM imp;
COMMIT;
SQL
}

# timed NAME CMD...: wall seconds, CPU seconds and peak KB of one run in
# $wall, $cpu and $kb; the exit status in $rc.
timed() {
	local start end

	shift
	start=$(now)
	/usr/bin/time -f '%U %S %M' -o "$dir/time" "$@" >/dev/null \
	    2>"$dir/stderr"
	rc=$?
	end=$(now)
	wall=$((end - start))
	read -r u s kb <"$dir/time"
	cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1e6 }')
}

if [ "$import_rows" -gt 0 ]; then
	echo
	survey_csv "$import_rows" "$dir/survey.csv"
	printf '%-40s %10d rows, %d MB\n' "survey file to import" \
	    "$import_rows" $(($(stat -c %s "$dir/survey.csv") / 1048576))
	ref=$(sqlite3 "$db" "SELECT ref FROM dialogues WHERE state = 'running'
	    ORDER BY id LIMIT 1")
	if [ -z "$ref" ]; then
		ref=$("$prog" --db "$db" new title="Enkäten" \
		    question="Vad tycker du?" initiated_by="Bänken" \
		    bodies="Kommunstyrelsen" 2>/dev/null | head -n 1)
	fi
	sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	cp "$db" "$dir/import.db"
	timed program "$prog" --db "$dir/import.db" import "$ref" \
	    "$dir/survey.csv"
	[ "$rc" -eq 0 ] || echo "bench: import failed: $(head -n 1 \
	    "$dir/stderr")" >&2
	pw=$wall pc=$cpu pk=$kb
	rows=$(sqlite3 "$dir/import.db" "SELECT rows FROM imports
	    ORDER BY id DESC LIMIT 1")
	rm -f "$dir/import.db" "$dir/import.db-wal" "$dir/import.db-shm"
	cp "$db" "$dir/import.db"
	shell_import "$dir/survey.csv" "$ref" >"$dir/import.sql"
	timed shell sqlite3 "$dir/import.db" ".read $dir/import.sql"
	[ "$rc" -eq 0 ] || echo "bench: the shell's import failed:" \
	    "$(head -n 1 "$dir/stderr")" >&2
	sw=$wall sc=$cpu sk=$kb
	rm -f "$dir/import.db" "$dir/import.db-wal" "$dir/import.db-shm"
	printf '\n%-40s %10s %10s %6s\n' "import of $rows rows into $ref" \
	    "program" "shell" "ratio"
	awk -v n="${rows:-0}" -v pw="$pw" -v sw="$sw" -v pc="$pc" -v sc="$sc" \
	    -v pk="$pk" -v sk="$sk" 'BEGIN {
		printf "%-40s %10.0f %10.0f %6.2f\n", "rows/s (wall)",
		    n / (pw / 1e6), n / (sw / 1e6), sw / pw
		printf "%-40s %10.0f %10.0f %6.2f\n", "rows/s (CPU)",
		    n / (pc / 1e6), n / (sc / 1e6), sc / pc
		printf "%-40s %8.1f s %8.1f s\n", "wall time", pw / 1e6,
		    sw / 1e6
		printf "%-40s %7.1f MB %7.1f MB\n", "peak RSS", pk / 1024,
		    sk / 1024
	}'
fi

# The screens: a scripted key sequence in tmux (80x24), each key's time
# measured inside the program (DIALOGREG_KEY_TIMES); the first full
# screen, then p50, p99 and the slowest over every key, and the peak
# memory of the program at the end.
if ! command -v tmux >/dev/null; then
	echo "(no tmux: the screens are not measured)"
	exit 0
fi
sock="dlgbench-$$"
times="$dir/times"
tmux -L "$sock" -f /dev/null new-session -d -s b -x 80 -y 24 \
    "exec env TERM=tmux-256color LC_ALL=C.UTF-8 DIALOGREG_KEY_TIMES=$times \
    '$prog' --db '$db'"
k() {
	local key

	for key in "$@"; do
		tmux -L "$sock" send-keys -t b "$key"
		sleep 0.4
	done
}
sleep 2
k NPage NPage NPage NPage NPage PPage PPage j j k G g
k s s s s NPage NPage NPage NPage r NPage NPage g
k s s s NPage NPage NPage s s s
k Enter q Enter q
k / l e k Enter n n N
# A longer word: from the fourth letter on FTS5 has no prefix index
# (schema 12 keeps prefixes of 1-3) and merges the terms' lists itself.
k / b e l y s n i n g Enter n N
sleep 1
k Enter q
pid=$(tmux -L "$sock" display-message -p -t b '#{pane_pid}')
hwm=$(awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status" \
    2>/dev/null)
k q
tmux -L "$sock" kill-server 2>/dev/null
echo
awk -v hwm="${hwm:-?}" '
$1 == "start" { start = $2; next }
{ t[n++] = $2 }
END {
	if (n == 0) { print "screens: no key times (tmux?)"; exit }
	# sort
	for (i = 1; i < n; i++) {
		v = t[i]
		for (j = i - 1; j >= 0 && t[j] > v; j--)
			t[j + 1] = t[j]
		t[j + 1] = v
	}
	p50 = t[int(n * 0.50)]
	p99 = t[int(n * 0.99) < n ? int(n * 0.99) : n - 1]
	printf "screens: first full screen %.1f ms; %d events: p50 %.1f ms," \
	    " p99 %.1f ms, slowest %.1f ms; peak RSS %s MB\n", start / 1000,
	    n, p50 / 1000, p99 / 1000, t[n - 1] / 1000, hwm
}' "$times"
sort -k2 -n -r "$times" | head -n 5 | sed 's/^/  slowest: /'
exit 0
