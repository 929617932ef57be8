#!/usr/bin/env bash
# Run a command against a private, throw-away PostgreSQL server.
#
#   scripts/postgres-test-server.sh .venv/bin/python -m pytest
#
# Starts a server from Debian's packages (installing them with apt-get when run as root and
# they are missing) in a temporary folder, on 127.0.0.1 and a private port, creates the
# database, exports TEST_DATABASE_URL, runs the command, and always stops the server and
# removes the folder afterwards. The command's exit status is the script's.
#
# Environment: PGTEST_PORT (first port to try, default 55432), PGTEST_DB (default vetting_test),
# PGTEST_TMPDIR (where the server's files go; default /dev/shm when it has room, else $TMPDIR).
set -euo pipefail

PORT="${PGTEST_PORT:-55432}"
DBNAME="${PGTEST_DB:-vetting_test}"
PGUSER_NAME="vetting"

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

say() { echo "postgres-test-server: $*" >&2; }

find_bindir() {
    # Debian keeps the server programs out of PATH, one folder per major version.
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
        echo "$dir"
        return
    fi
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v initdb)"
    fi
}

BINDIR="$(find_bindir)"
if [ -z "$BINDIR" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        say "PostgreSQL is not installed; run 'apt-get install postgresql' as root first."
        exit 1
    fi
    say "installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    BINDIR="$(find_bindir)"
    if [ -z "$BINDIR" ]; then
        say "PostgreSQL was installed but initdb/pg_ctl were not found."
        exit 1
    fi
fi

# PostgreSQL refuses to run as root, so root hands the server to an unprivileged account.
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
    OWNER=postgres
    if ! id "$OWNER" >/dev/null 2>&1; then
        OWNER=vetting-pg
        id "$OWNER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OWNER"
    fi
    RUN_AS=(runuser -u "$OWNER" --)
fi

# A memory file system makes the per-test CREATE DATABASE ten times faster than a disk.
BASE="${PGTEST_TMPDIR:-}"
if [ -z "$BASE" ]; then
    BASE="${TMPDIR:-/tmp}"
    if [ -d /dev/shm ] && [ -w /dev/shm ] \
            && [ "$(df -Pk /dev/shm | awk 'NR == 2 {print $4}')" -gt 1048576 ]; then
        BASE=/dev/shm
    fi
fi
TMPDIR_PG="$(mktemp -d "$BASE/vetting-pg.XXXXXX")"
DATA="$TMPDIR_PG/data"
LOG="$TMPDIR_PG/server.log"
if [ "$(id -u)" -eq 0 ]; then
    chown "$OWNER" "$TMPDIR_PG"
fi

STARTED=0
cleanup() {
    local status=$?
    if [ "$STARTED" -eq 1 ]; then
        "${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$TMPDIR_PG"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

for _ in $(seq 1 20); do
    port_free "$PORT" && break
    PORT=$((PORT + 1))
done
port_free "$PORT" || { say "no free port found near ${PGTEST_PORT:-55432}"; exit 1; }

"${RUN_AS[@]}" "$BINDIR/initdb" -D "$DATA" -U "$PGUSER_NAME" --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$TMPDIR_PG/initdb.log" 2>&1 \
    || { cat "$TMPDIR_PG/initdb.log" >&2; exit 1; }

# Durability is not wanted for a server that lives as long as one test run.
"${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start -o \
    "-p $PORT -k $TMPDIR_PG -c listen_addresses=127.0.0.1 -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$LOG" >&2; exit 1; }
STARTED=1

"$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U "$PGUSER_NAME" "$DBNAME"

export TEST_DATABASE_URL="postgresql://$PGUSER_NAME@127.0.0.1:$PORT/$DBNAME"
say "PostgreSQL $("$BINDIR/pg_ctl" --version | awk '{print $3}') on port $PORT; TEST_DATABASE_URL=$TEST_DATABASE_URL"

set +e
"$@"
status=$?
set -e
exit "$status"
