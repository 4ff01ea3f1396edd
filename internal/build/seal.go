package build

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"

	"lectern/internal/diag"
)

// sealKey derives the key that seals the diagnostics from the second
// halves of the inputs' digests, in order of path.
func sealKey(salt []byte, secrets [][]byte) []byte {
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte("seal\x00"))
	for _, s := range secrets {
		h.Write(s)
	}
	return h.Sum(nil)
}

// seal encrypts the diagnostics with key (AES-256-GCM, a random nonce in
// front): they name the files they are about, drafts and hidden files
// included, and a build that stops early must still repeat them.
func seal(key []byte, diags diag.List) ([]byte, error) {
	plain, err := json.Marshal(diags)
	if err != nil {
		return nil, err
	}
	aead, err := newAEAD(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	return aead.Seal(nonce, nonce, plain, nil), nil
}

// unseal reverses seal; it fails when key is not the one sealed with.
func unseal(key, sealed []byte) (diag.List, error) {
	aead, err := newAEAD(key)
	if err != nil {
		return nil, err
	}
	if len(sealed) < aead.NonceSize() {
		return nil, errors.New("sealed diagnostics too short")
	}
	n := aead.NonceSize()
	plain, err := aead.Open(nil, sealed[:n], sealed[n:], nil)
	if err != nil {
		return nil, err
	}
	var diags diag.List
	err = json.Unmarshal(plain, &diags)
	return diags, err
}

func newAEAD(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
