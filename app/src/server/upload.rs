//! Reading a multipart form into name/value pairs, with limits, so a huge or endless body
//! costs the server nothing beyond them.

use crate::error::AppError;

/// Most fields one form may carry.
const FIELDS_MAX: usize = 200;
/// Largest text field in bytes (a 20,000-character description of umlauts is 40 kB).
const FIELD_BYTES_MAX: usize = 128 * 1024;

/// The text fields of a multipart form, in order; repeated names stay repeated. File fields
/// are skipped for now (the screenshot upload is not built yet).
pub async fn fields(
    mut multipart: multer::Multipart<'static>,
) -> Result<Vec<(String, String)>, AppError> {
    let too_big = || AppError::BadRequest("Das Formular ist zu groß.".into());
    let mut out = Vec::new();
    while let Some(mut field) = multipart.next_field().await.map_err(|_| unreadable())? {
        let name = field.name().unwrap_or_default().to_string();
        let is_file = field.file_name().is_some();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| unreadable())? {
            // File contents are dropped unread; the body limit bounds them.
            if is_file {
                continue;
            }
            if bytes.len() + chunk.len() > FIELD_BYTES_MAX {
                return Err(too_big());
            }
            bytes.extend_from_slice(&chunk);
        }
        if is_file {
            continue;
        }
        if out.len() == FIELDS_MAX {
            return Err(too_big());
        }
        out.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    Ok(out)
}

/// The body could not be read as a form.
fn unreadable() -> AppError {
    AppError::BadRequest("Das Formular konnte nicht gelesen werden.".into())
}
