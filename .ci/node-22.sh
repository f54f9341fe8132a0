# shellcheck shell=bash
# Sourced by .ci/run. Makes sure the `node` on PATH is at least 22.12, the floor that package.json's
# engines and several dependencies declare (docs/adr/0012-node-22-floor.md). An older or missing
# node stays untouched on the machine: a pinned Node 22 from the npm registry (the package
# node-linux-<arch> carries the official binary and its headers) is unpacked into a cache outside
# the clone and put first on PATH, so `npm`, its scripts and node-gyp all run on it.

NODE22_VERSION=22.23.5
NODE22_NPM_VERSION=11.19.1
# sha512 of the registry tarballs: one that changed under the same version is refused, not run.
NODE22_SHA512_X64=de3842fb07285b1299c5c46a176b144a5d1cf47117167babfe7b883f1e8ee8258a5748ce516426ec7b70e52b97aaa94c084862d1c26ac9b14f11be6185c06233
NODE22_SHA512_ARM64=7b52ce506295aee3c6b8b56eb67f3e0a09b9a48d403e6e0abe1fb36dbfea7bf6690fdb3e4d06f2e6252064e5a63e96d22a98f44ddf033f53743449d76ac1e2ce
NODE22_SHA512_NPM=cedb312b1b7f92421a02cfb68b4194e88f8346651dacd6acc5364a25ef5309d4a32b19616a1ff8aff865e7280c0fa5c0835a99f5cd93368991e2a80ec9da75d2

node22_new_enough() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
      process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1)' 2>/dev/null
}

node22_arch() {
  local machine
  machine="$(uname -s)/$(uname -m)"
  case "$machine" in
    Linux/x86_64 | Linux/amd64) echo x64 ;;
    Linux/aarch64 | Linux/arm64) echo arm64 ;;
    *)
      echo "This machine is $machine; .ci/run can fetch Node $NODE22_VERSION only for Linux" \
        "x64 or arm64. Install Node 22.12 or newer yourself and run .ci/run again." >&2
      return 1
      ;;
  esac
}

# node22_fetch <package> <version> <sha512> <target dir>: download, check, unpack.
node22_fetch() {
  local name=$1 version=$2 sha512=$3 target=$4 registry tmp
  registry="${npm_config_registry:-}"
  if [ -z "$registry" ] && command -v npm >/dev/null 2>&1; then
    registry="$(npm config get registry 2>/dev/null || true)"
  fi
  registry="${registry:-https://registry.npmjs.org/}"
  if ! command -v curl >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl ca-certificates >/dev/null
  fi
  mkdir -p "$(dirname "$target")"
  tmp="$(mktemp -d "$target.part-XXXXXX")"
  echo "Fetching $name@$version from $registry"
  if ! curl -fsSL --retry 3 -o "$tmp/package.tgz" "${registry%/}/$name/-/$name-$version.tgz"; then
    rm -rf "$tmp"
    return 1
  fi
  if ! echo "$sha512  $tmp/package.tgz" | sha512sum -c --status -; then
    echo "$name-$version.tgz from $registry does not have the pinned sha512; not using it." >&2
    rm -rf "$tmp"
    return 1
  fi
  mkdir "$tmp/package"
  if ! tar -xzf "$tmp/package.tgz" -C "$tmp/package" --strip-components=1; then
    rm -rf "$tmp"
    return 1
  fi
  # Renamed into place whole, so an interrupted run never leaves a directory that looks complete;
  # if a parallel run got there first, its copy is kept.
  mv -T "$tmp/package" "$target" 2>/dev/null || true
  rm -rf "$tmp"
}

node22_use() {
  local arch cache dir sha512 NODE22_FOUND
  NODE22_FOUND="$(node -v 2>/dev/null || true)"
  if node22_new_enough; then
    local prefix
    prefix="$(dirname "$(dirname "$(command -v node)")")"
    # better-sqlite3 builds from source (no prebuilt binary can be fetched) against these headers.
    if [ -z "${npm_config_nodedir:-}" ] && [ -f "$prefix/include/node/node_version.h" ]; then
      export npm_config_nodedir="$prefix"
    fi
  else
    echo "Node 22.12 or newer is needed, this machine has ${NODE22_FOUND:-no node};" \
      "using Node $NODE22_VERSION from the npm registry"
    arch="$(node22_arch)" || return 1
    cache="${XDG_CACHE_HOME:-$HOME/.cache}/welcome-widgets"
    dir="$cache/node-$NODE22_VERSION-linux-$arch"
    sha512="$NODE22_SHA512_X64"
    [ "$arch" = arm64 ] && sha512="$NODE22_SHA512_ARM64"
    if [ ! -x "$dir/bin/node" ]; then
      node22_fetch "node-linux-$arch" "$NODE22_VERSION" "$sha512" "$dir" || return 1
    fi
    if ! command -v npm >/dev/null 2>&1; then
      # The node-linux packages carry no npm; lay npm out as Node's own release archives do.
      if [ ! -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
        mkdir -p "$dir/lib/node_modules"
        node22_fetch npm "$NODE22_NPM_VERSION" "$NODE22_SHA512_NPM" "$dir/lib/node_modules/npm" ||
          return 1
      fi
      ln -sfn ../lib/node_modules/npm/bin/npm-cli.js "$dir/bin/npm"
      chmod +x "$dir/lib/node_modules/npm/bin/npm-cli.js"
    fi
    export PATH="$dir/bin:$PATH"
    hash -r
    # better-sqlite3 builds from source against the headers of the node that runs it.
    export npm_config_nodedir="$dir"
  fi
  echo "node $(node -v) at $(command -v node); npm $(npm -v) at $(command -v npm) runs on node" \
    "$(npm version --json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).node');" \
    "headers from ${npm_config_nodedir:-a node-gyp download}"
}
