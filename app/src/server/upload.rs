//! Reading a multipart form into name/value pairs and uploaded files, with limits, so a huge
//! or endless body costs the server nothing beyond them.

use domain::problem::Problem;

use crate::error::AppError;
use crate::i18n::{Locale, td_string};

/// Most fields one form may carry.
const FIELDS_MAX: usize = 200;
/// Largest text field in bytes (a 20,000-character description of umlauts is 40 kB).
const FIELD_BYTES_MAX: usize = 128 * 1024;

/// An uploaded file: the field it came in and its bytes; `too_big` when it passed the limit
/// (the bytes are then cut off there and the rest was read past, so the other fields count).
#[derive(Debug, Default)]
pub struct Upload {
    /// The input's name.
    pub field: String,
    /// The bytes, at most the limit plus one.
    pub bytes: Vec<u8>,
}

/// A multipart form: its text fields in order (repeated names stay repeated) and its files.
#[derive(Debug, Default)]
pub struct Posted {
    /// Text fields.
    pub fields: Vec<(String, String)>,
    /// Files that were chosen (an empty file input sends none).
    pub files: Vec<Upload>,
}

impl Posted {
    /// The first value of `key`, or empty.
    pub fn get(&self, key: &str) -> String {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// The file sent as `key`, if one was chosen.
    pub fn file(&self, key: &str) -> Option<&Upload> {
        self.files.iter().find(|f| f.field == key)
    }
}

/// Reads the whole form. Files keep at most `domain::screenshot::MAX_BYTES + 1` bytes, so a
/// file over the limit is recognised as such without being held in memory.
pub async fn read(mut multipart: multer::Multipart<'static>) -> Result<Posted, AppError> {
    let too_big = || AppError::BadRequest(td_string!(Locale::de, problem.form_too_big).to_string());
    let file_cap = domain::screenshot::MAX_BYTES + 1;
    let mut posted = Posted::default();
    while let Some(mut field) = multipart.next_field().await.map_err(|_| unreadable())? {
        let name = field.name().unwrap_or_default().to_string();
        let is_file = field.file_name().is_some();
        let chosen = field.file_name().is_some_and(|f| !f.is_empty());
        let cap = if is_file { file_cap } else { FIELD_BYTES_MAX };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| unreadable())? {
            if bytes.len() >= cap {
                if is_file {
                    continue;
                }
                return Err(too_big());
            }
            let room = cap - bytes.len();
            bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        if is_file {
            if chosen {
                posted.files.push(Upload { field: name, bytes });
            }
            continue;
        }
        if posted.fields.len() == FIELDS_MAX {
            return Err(too_big());
        }
        posted.fields.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    Ok(posted)
}

/// The body could not be read as a form.
fn unreadable() -> AppError {
    AppError::BadRequest(td_string!(Locale::de, problem.form_unreadable).to_string())
}

/// Checks and stores an uploaded screenshot; returns its key, or why it was refused.
pub async fn store_screenshot(
    state: &super::AppState,
    upload: &Upload,
) -> Result<Result<String, Problem>, AppError> {
    let bytes = upload.bytes.clone();
    let processed = match tokio_blocking(move || domain::screenshot::process(&bytes)).await {
        Ok(jpeg) => jpeg,
        Err(reason) => return Ok(Err(reason)),
    };
    let key = domain::secret::new_token();
    db::images::store(&state.db, &key, processed)
        .await
        .map_err(super::internal("store a screenshot"))?;
    Ok(Ok(key))
}

/// Runs CPU-heavy work (decoding an image) off the request threads.
async fn tokio_blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, Problem> + Send + 'static,
) -> Result<T, Problem> {
    // A decoder that panicked read a file it could not handle: to the uploader, unreadable.
    tokio::task::spawn_blocking(work).await.unwrap_or(Err(Problem::ImageUnreadable))
}
