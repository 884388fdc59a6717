#!/usr/bin/env bash
# Makes the test-only certificate authority and signing certificates of the Partner Center events
# tests and demonstration. Run once from this folder; the output is committed. Nothing here is
# trusted outside the tests and the local demonstration, which trust test-root.pem by name.
set -euo pipefail
days=7300
ext() { printf '%s\n' "$@" > "$tmp/ext.cnf"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The test root and its intermediate (the leaf's issuer, found through the leaf's CA Issuers URI).
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/root.key" -out test-root.pem -days $days \
  -subj "/C=US/O=Advisor Test Only/CN=Advisor Test Root CA" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
openssl req -newkey rsa:2048 -nodes -keyout "$tmp/intermediate.key" -out "$tmp/intermediate.csr" \
  -subj "/C=US/O=Advisor Test Only/CN=Advisor Test Issuing CA"
ext "basicConstraints=critical,CA:TRUE,pathlen:0" "keyUsage=critical,keyCertSign,cRLSign"
openssl x509 -req -in "$tmp/intermediate.csr" -CA test-root.pem -CAkey "$tmp/root.key" -CAcreateserial \
  -out test-intermediate.pem -days $days -extfile "$tmp/ext.cnf"

leaf() { # name, subject, issuer cert, issuer key, caIssuers URI (or empty)
  openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$tmp/$1.csr" -subj "$2"
  if [ -n "$5" ]; then
    ext "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" "authorityInfoAccess=caIssuers;URI:$5"
  else
    ext "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature"
  fi
  openssl x509 -req -in "$tmp/$1.csr" -CA "$3" -CAkey "$4" -CAcreateserial -out "$1.pem" -days $days -extfile "$tmp/ext.cnf"
}
aia=http://pki.test.invalid/certs/test-intermediate.cer
leaf test-signing "/C=US/ST=Washington/L=Redmond/O=Microsoft Corporation/CN=pcnotifications-dispatch.test.invalid" test-intermediate.pem "$tmp/intermediate.key" $aia
leaf test-wrong-organisation "/C=US/O=Contoso Ltd/CN=pcnotifications-dispatch.test.invalid" test-intermediate.pem "$tmp/intermediate.key" $aia

# Another authority nobody trusts, with a leaf that names Microsoft all the same.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/other.key" -out "$tmp/other-root.pem" -days $days \
  -subj "/C=US/O=Microsoft Corporation/CN=Untrusted Root CA" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
leaf test-untrusted "/C=US/ST=Washington/L=Redmond/O=Microsoft Corporation/CN=pcnotifications-dispatch.test.invalid" "$tmp/other-root.pem" "$tmp/other.key" ""
rm -f ./*.srl

# A forged issuer: the intermediate's name, its own key. A certificate's issuer is proven by the
# signature, not by the name it gives (protocols' eventVerification test).
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/forged.key" -out test-forged-intermediate.pem -days $days \
  -subj "/C=US/O=Advisor Test Only/CN=Advisor Test Issuing CA" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
