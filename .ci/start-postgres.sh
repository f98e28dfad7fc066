# Sourced by .ci/run (bash, as root, on a fresh Debian machine or a reused one):
# installs Debian's PostgreSQL if missing, starts a cluster, creates the role and database "hyperlab"
# (password "hyperlab"), and exports HYPERLAB_TEST_POSTGRES_URL for the sweep storage contract tests.
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$PG_VERSION" main >/dev/null
fi
PG_PORT="$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" {print $3}')"
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster "$PG_VERSION" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PG_PORT"
su postgres -c "psql -p $PG_PORT -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'hyperlab'\"" | grep -q 1 \
  || su postgres -c "psql -p $PG_PORT -q -c \"CREATE ROLE hyperlab LOGIN PASSWORD 'hyperlab'\""
su postgres -c "psql -p $PG_PORT -tAc \"SELECT 1 FROM pg_database WHERE datname = 'hyperlab'\"" | grep -q 1 \
  || su postgres -c "createdb -p $PG_PORT -O hyperlab hyperlab"
export HYPERLAB_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/hyperlab?user=hyperlab&password=hyperlab"
echo "PostgreSQL $PG_VERSION ready on port $PG_PORT for the sweep storage tests" >&2
