//! Screenshots people upload: PNG, JPEG or WebP up to 5 MB, recognised by their content (not
//! their name), checked for their pixel size before decoding, and re-encoded to a web size.

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits, imageops::FilterType};

use crate::problem::Problem;

/// Largest upload, in bytes.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Most pixels an upload may declare (a 40 KB PNG can claim 30000×30000).
const MAX_PIXELS: u64 = 40_000_000;
/// Widest stored screenshot, in pixels.
const WEB_WIDTH: u32 = 1600;

/// Checks an upload and returns it as a JPEG of at most 1600 pixels width, or why not.
pub fn process(bytes: &[u8]) -> Result<Vec<u8>, Problem> {
    if bytes.is_empty() {
        return Err(Problem::FileEmpty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(Problem::FileTooBig { max_mb: MAX_BYTES / (1024 * 1024) });
    }
    let wrong_kind = || Problem::ImageWrongKind;
    let format = image::guess_format(bytes).map_err(|_| wrong_kind())?;
    if !matches!(format, ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP) {
        return Err(wrong_kind());
    }
    let unreadable = || Problem::ImageUnreadable;
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|_| unreadable())?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        let max_megapixels = MAX_PIXELS / 1_000_000;
        return Err(Problem::ImageTooLarge { width, height, max_megapixels });
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|_| unreadable())?;
    let image = if image.width() > WEB_WIDTH {
        image.resize(WEB_WIDTH, u32::MAX, FilterType::Triangle)
    } else {
        image
    };
    let mut out = Cursor::new(Vec::new());
    image.to_rgb8().write_to(&mut out, ImageFormat::Jpeg).map_err(|_| unreadable())?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_pixel(width, height, image::Rgb([11, 93, 59]));
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn b14_a_large_png_becomes_a_web_sized_jpeg() {
        let jpeg = process(&png(3000, 1000)).unwrap();
        assert_eq!(image::guess_format(&jpeg).unwrap(), ImageFormat::Jpeg);
        let decoded = image::load_from_memory(&jpeg).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (1600, 533));
    }

    #[test]
    fn b14_empty_pdf_svg_and_oversized_files_are_refused_each_with_its_reason() {
        assert_eq!(process(b"").unwrap_err(), Problem::FileEmpty);
        let pdf = b"%PDF-1.7\n1 0 obj << >> endobj".to_vec();
        assert_eq!(process(&pdf).unwrap_err(), Problem::ImageWrongKind);
        let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
        assert_eq!(process(svg).unwrap_err(), Problem::ImageWrongKind);
        let mut big = png(10, 10);
        big.resize(MAX_BYTES + 1, 0);
        assert_eq!(process(&big).unwrap_err(), Problem::FileTooBig { max_mb: 5 });
    }

    #[test]
    fn b14_a_header_claiming_a_huge_image_is_refused_before_decoding() {
        let mut bomb = png(1, 1);
        // The IHDR chunk starts at byte 16: width and height as big-endian u32.
        bomb[16..20].copy_from_slice(&30_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&30_000u32.to_be_bytes());
        // A valid checksum over chunk type and data, so the header is read as genuine.
        let crc = crc32fast::hash(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        let reason = process(&bomb).unwrap_err();
        let expected = Problem::ImageTooLarge { width: 30_000, height: 30_000, max_megapixels: 40 };
        assert_eq!(reason, expected);
    }
}
