# Puts Node.js 24 LTS first on PATH for this shell when the system's Node is older than 22.12.
# Source it (`. scripts/use-node.sh`): the real Node binary (with its headers, so native
# modules build for the right ABI) comes from the npm registry's `node-linux-<arch>` package
# and is kept in ~/.cache/shortwave/, so later shells reuse it without a download.
# SHORTWAVE_NODE_VERSION picks another release; nothing happens when the Node on PATH is new enough.

shortwave_use_node() {
  local want="${SHORTWAVE_NODE_VERSION:-24.22.3}"
  if command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null; then
    return 0
  fi
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "use-node: no Node.js package for $(uname -m); install Node.js 24 yourself" >&2; return 1 ;;
  esac
  local os
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "use-node: no Node.js package for $(uname -s); install Node.js 24 yourself" >&2; return 1 ;;
  esac
  local home="${XDG_CACHE_HOME:-$HOME/.cache}/shortwave/node-$os-$arch-$want"
  if [ ! -x "$home/bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "use-node: npm is needed to fetch Node.js $want from the npm registry" >&2
      return 1
    fi
    echo "use-node: fetching Node.js $want (node-$os-$arch) from the npm registry" >&2
    local tmp
    tmp="$(mktemp -d)"
    if ! (cd "$tmp" && npm pack --silent "node-$os-$arch@$want" >/dev/null && tar xzf ./*.tgz); then
      rm -rf "$tmp"
      echo "use-node: could not fetch node-$os-$arch@$want" >&2
      return 1
    fi
    mkdir -p "$(dirname "$home")"
    rm -rf "$home"
    mv "$tmp/package" "$home"
    rm -rf "$tmp"
  fi
  export PATH="$home/bin:$PATH"
  export npm_config_nodedir="$home"
  echo "use-node: using Node.js $(node --version) from $home" >&2
}

shortwave_use_node
