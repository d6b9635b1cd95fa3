# A throwaway PostgreSQL 15 cluster on 127.0.0.1, for the tests. Sourced by .ci/run; usable by
# hand: `source .ci/postgres.sh && start_postgres && export JURY_TEST_PG_URL`.
# initdb refuses root, so the cluster belongs to the postgres user in a fresh temporary folder.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

start_postgres() {
    if [ ! -x "$PG_BIN/initdb" ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    PG_DIR=$(mktemp -d /tmp/jury-pg.XXXXXX)
    chown postgres "$PG_DIR"
    PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off \
         -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    PG_PID=$(head -n 1 "$PG_DIR/data/postmaster.pid")
    JURY_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"
    echo "PostgreSQL pid $PG_PID on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
    if [ -n "${PG_PID:-}" ] && kill -0 "$PG_PID" 2>/dev/null; then
        kill -INT "$PG_PID"
        for _ in $(seq 1 100); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.1; done
    fi
    [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
    return 0
}

as_postgres() {
    (cd /tmp && runuser -u postgres -- "$@")
}
