//! Secrets: passwords hashed with Argon2id, and random tokens for cookies and mailed links, of
//! which only a SHA-256 hash is stored.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

/// Hashes a password with Argon2id and a fresh salt (PHC string, parameters included, so they
/// can be raised later without breaking stored hashes). `None` only if the system's random
/// source fails.
pub fn hash_password(password: &str) -> Option<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).ok().map(|h| h.to_string())
}

/// Whether `password` matches a stored PHC hash.
pub fn verify_password(password: &str, stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok()
}

/// A new random token: 32 bytes as 64 hex characters, safe in cookies and URLs.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The stored form of a token: its SHA-256, hex. A leaked database reveals no usable token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_argon2id_hash_only() {
        let hash = hash_password("Baumkrone-im-Herbst").expect("random source");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password("Baumkrone-im-Herbst", &hash));
        assert!(!verify_password("baumkrone-im-herbst", &hash));
        assert!(!verify_password("Baumkrone-im-Herbst", "kein Hash"));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
    }
}
