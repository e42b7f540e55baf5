//! The build cache of image variants: files in `.loket-cache/images/` of the site folder,
//! named by a hash of the image's bytes, the variant and the settings, so that a rebuild
//! encodes only new or changed images. Safe to delete; every entry is checked before use.

use super::variants::VariantSpec;
use super::{Format, ImageInfo, ImageProblem, ImageSettings};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The folder below the site folder that holds loket's cache (ignored by git).
pub const CACHE_DIR: &str = ".loket-cache";

/// Raised whenever the bytes `variants::make` writes for the same input change (another
/// resize filter, encoder settings, crate versions that encode differently), so that old
/// entries and published names are not reused.
pub const ENCODER_VERSION: u32 = 1;

/// The largest cache entry read; a variant of 1600 px is far smaller.
const MAX_ENTRY_BYTES: u64 = 64 << 20;

/// SHA-256 of `bytes` as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The key of a variant: 16 hex digits of SHA-256 over loket's version, [`ENCODER_VERSION`],
/// the image's hash, the variant and the settings it depends on. The cache entry's name and
/// the content hash in the published file's name: the same for the same bytes out.
pub fn variant_key(image_hash: &str, spec: &VariantSpec, settings: &ImageSettings) -> String {
    let input = format!(
        "loket {}\nencoder {ENCODER_VERSION}\nimage {image_hash}\nvariant {}x{} {}\nsettings {}\n",
        env!("CARGO_PKG_VERSION"),
        spec.width,
        spec.height,
        spec.format.name(),
        settings.fingerprint()
    );
    let mut key = sha256_hex(input.as_bytes());
    key.truncate(16);
    key
}

/// The cache of one site; `None` folder: no cache (each build encodes again).
#[derive(Debug, Default)]
pub struct Cache {
    pub dir: Option<PathBuf>,
    /// How many variants were encoded rather than read from the cache (for tests and
    /// `--timings`).
    pub encoded: AtomicUsize,
}

impl Cache {
    /// The cache in `<site_root>/.loket-cache/images/`, made when the first entry is
    /// written. When either folder exists as something else than a folder (a link a pull
    /// request committed, say) the cache is off: loket writes nowhere a link could lead.
    pub fn new(site_root: &Path) -> Cache {
        let top = site_root.join(CACHE_DIR);
        let dir = top.join("images");
        let usable = [&top, &dir].into_iter().all(|folder| fs::symlink_metadata(folder).map_or(true, |m| m.is_dir()));
        Cache { dir: usable.then_some(dir), encoded: AtomicUsize::new(0) }
    }

    /// No cache: every variant is encoded.
    pub fn disabled() -> Cache {
        Cache::default()
    }

    /// How many variants this cache had to encode so far.
    pub fn encoded(&self) -> usize {
        self.encoded.load(Ordering::Relaxed)
    }

    /// Where the entry of `spec` lives (whether it exists or not).
    pub fn entry_path(&self, info: &ImageInfo, spec: &VariantSpec, settings: &ImageSettings) -> Option<PathBuf> {
        let key = variant_key(&info.hash, spec, settings);
        Some(self.dir.as_ref()?.join(format!("{key}.{}", spec.format.extension())))
    }

    /// The bytes of every variant of `specs`, in their order: read from the cache where a
    /// sound entry exists, the others made by one call of `make` (one decode) and written
    /// to the cache. Failing to write the cache is not an error: the next build makes them
    /// again.
    pub fn get_or_make(
        &self,
        info: &ImageInfo,
        specs: &[VariantSpec],
        settings: &ImageSettings,
        make: impl FnOnce(&[VariantSpec]) -> Result<Vec<Vec<u8>>, ImageProblem>,
    ) -> Result<Vec<Vec<u8>>, ImageProblem> {
        let paths: Vec<Option<PathBuf>> = specs.iter().map(|spec| self.entry_path(info, spec, settings)).collect();
        let mut found: Vec<Option<Vec<u8>>> = specs
            .iter()
            .zip(&paths)
            .map(|(spec, path)| path.as_deref().and_then(|path| read_entry(path, spec)))
            .collect();
        let missing: Vec<usize> = (0..specs.len()).filter(|&i| found[i].is_none()).collect();
        if !missing.is_empty() {
            let wanted: Vec<VariantSpec> = missing.iter().map(|&i| specs[i]).collect();
            let made = make(&wanted)?;
            if made.len() != wanted.len() {
                return Err(ImageProblem::Malformed { detail: "variants missing".into() });
            }
            self.encoded.fetch_add(made.len(), Ordering::Relaxed);
            for (&i, bytes) in missing.iter().zip(made) {
                if let Some(path) = &paths[i] {
                    write_entry(path, &bytes);
                }
                found[i] = Some(bytes);
            }
        }
        Ok(found.into_iter().flatten().collect())
    }
}

/// The entry at `path` when it is a regular file (a link is not followed) whose bytes look
/// like `spec`: the magic bytes of its format and the width and height of its header. A
/// `.loket-cache` folder can come with a pull request; anything else is made again.
fn read_entry(path: &Path, spec: &VariantSpec) -> Option<Vec<u8>> {
    if !fs::symlink_metadata(path).ok()?.is_file() {
        return None;
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Not even a link swapped in since, nor a named pipe (which would block the open).
        let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
        options.custom_flags(flags.bits() as i32);
    }
    let file = options.open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut bytes = Vec::new();
    file.take(MAX_ENTRY_BYTES + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= MAX_ENTRY_BYTES && looks_like(&bytes, spec)).then_some(bytes)
}

/// The cheap check of an entry: its format's signature and its header's size.
fn looks_like(bytes: &[u8], spec: &VariantSpec) -> bool {
    let signature = match spec.format {
        Format::Jpeg => bytes.starts_with(&[0xFF, 0xD8, 0xFF]) && bytes.ends_with(&[0xFF, 0xD9]),
        Format::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        Format::Webp => bytes.len() > 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP",
        Format::Gif | Format::Avif => false,
    };
    signature
        && imagesize::blob_size(bytes)
            .is_ok_and(|size| size.width == spec.width as usize && size.height == spec.height as usize)
}

/// Makes `dir` and its parent when missing; false when either is not a real folder (a link
/// is not followed, nor made a folder through).
fn ensure_folder(dir: &Path) -> bool {
    let Some(top) = dir.parent() else { return false };
    [top, dir].into_iter().all(|folder| {
        if let Err(err) = fs::create_dir(folder) {
            if err.kind() != std::io::ErrorKind::AlreadyExists {
                return false;
            }
        }
        fs::symlink_metadata(folder).is_ok_and(|meta| meta.is_dir())
    })
}

/// Writes an entry whole or not at all: a temporary file in the same folder, renamed.
fn write_entry(path: &Path, bytes: &[u8]) {
    let Some(dir) = path.parent() else { return };
    if !ensure_folder(dir) {
        return;
    }
    let Ok(mut file) = tempfile::NamedTempFile::new_in(dir) else { return };
    if file.write_all(bytes).is_ok() {
        // A failure leaves no entry; the temporary file is removed when dropped.
        let _ = file.persist(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::variants::{self, tests::jpeg};

    fn photo_info(bytes: &[u8], width: u32, height: u32) -> ImageInfo {
        ImageInfo {
            format: Format::Jpeg,
            width,
            height,
            orientation: 1,
            gps: false,
            animated: false,
            hash: sha256_hex(bytes),
        }
    }

    /// Small widths, so that debug builds of the tests stay fast.
    fn small() -> ImageSettings {
        ImageSettings { widths: vec![40, 64, 120], ..ImageSettings::default() }
    }

    fn build(cache: &Cache, bytes: &[u8], info: &ImageInfo, settings: &ImageSettings) -> Vec<Vec<u8>> {
        let specs = variants::plan(info, settings);
        cache.get_or_make(info, &specs, settings, |missing| variants::make(bytes, info, missing, settings)).unwrap()
    }

    #[test]
    fn keys_depend_on_image_variant_and_settings() {
        let settings = ImageSettings::default();
        let spec = VariantSpec { width: 480, height: 360, format: Format::Webp };
        let key = variant_key(&"a".repeat(64), &spec, &settings);
        assert_eq!(key.len(), 16);
        assert!(key.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert_eq!(key, variant_key(&"a".repeat(64), &spec, &settings));
        assert_ne!(key, variant_key(&"b".repeat(64), &spec, &settings));
        assert_ne!(key, variant_key(&"a".repeat(64), &VariantSpec { format: Format::Jpeg, ..spec }, &settings));
        let lower = ImageSettings { quality: 60, ..ImageSettings::default() };
        assert_ne!(key, variant_key(&"a".repeat(64), &spec, &lower));
    }

    #[test]
    fn a_second_build_encodes_nothing() {
        let site = tempfile::tempdir().unwrap();
        let bytes = jpeg(100, 60);
        let info = photo_info(&bytes, 100, 60);
        let settings = small();

        let first = Cache::new(site.path());
        assert!(!site.path().join(CACHE_DIR).exists(), "made when first written");
        let made = build(&first, &bytes, &info, &settings);
        assert_eq!(first.encoded(), 6);
        assert_eq!(fs::read_dir(site.path().join(CACHE_DIR).join("images")).unwrap().count(), 6);

        let second = Cache::new(site.path());
        let read = build(&second, &bytes, &info, &settings);
        assert_eq!(second.encoded(), 0);
        assert_eq!(read, made);

        // Another quality: all made again; the image changed: all made again.
        let third = Cache::new(site.path());
        build(&third, &bytes, &info, &ImageSettings { quality: 70, ..small() });
        assert_eq!(third.encoded(), 6);

        let disabled = Cache::disabled();
        build(&disabled, &bytes, &info, &settings);
        build(&disabled, &bytes, &info, &settings);
        assert_eq!(disabled.encoded(), 12);
    }

    #[test]
    fn a_bad_entry_is_made_again() {
        let site = tempfile::tempdir().unwrap();
        let bytes = jpeg(100, 60);
        let info = photo_info(&bytes, 100, 60);
        let settings = small();
        let specs = variants::plan(&info, &settings);
        let cache = Cache::new(site.path());
        let made = build(&cache, &bytes, &info, &settings);

        // Cut short, another picture of another size, and a folder in an entry's place.
        let cut = cache.entry_path(&info, &specs[0], &settings).unwrap();
        fs::write(&cut, &made[0][..20]).unwrap();
        let resized = cache.entry_path(&info, &specs[1], &settings).unwrap();
        fs::write(&resized, jpeg(10, 10)).unwrap();
        let folder = cache.entry_path(&info, &specs[2], &settings).unwrap();
        fs::remove_file(&folder).unwrap();
        fs::create_dir(&folder).unwrap();

        let again = Cache::new(site.path());
        assert_eq!(build(&again, &bytes, &info, &settings), made);
        assert_eq!(again.encoded(), 3);
        assert_eq!(fs::read(&cut).unwrap(), made[0]);
        assert_eq!(fs::read(&resized).unwrap(), made[1]);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_not_followed() {
        let site = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let bytes = jpeg(100, 60);
        let info = photo_info(&bytes, 100, 60);
        let settings = small();
        let specs = variants::plan(&info, &settings);

        // An entry that is a link to a sound variant outside: not read, made again.
        let made = build(&Cache::disabled(), &bytes, &info, &settings);
        let outside = elsewhere.path().join("planted.webp");
        fs::write(&outside, &made[0]).unwrap();
        let cache = Cache::new(site.path());
        let entry = cache.entry_path(&info, &specs[0], &settings).unwrap();
        fs::create_dir_all(entry.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&outside, &entry).unwrap();
        assert_eq!(build(&cache, &bytes, &info, &settings), made);
        assert_eq!(cache.encoded(), specs.len());
        // The link was replaced by a file of the cache's own; the outside file is untouched.
        assert!(fs::symlink_metadata(&entry).unwrap().is_file());
        assert_eq!(fs::read(&outside).unwrap(), made[0]);

        // A `.loket-cache` that is a link (committed by a pull request): no cache at all, and
        // nothing written where it leads.
        let linked_site = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), linked_site.path().join(CACHE_DIR)).unwrap();
        let linked = Cache::new(linked_site.path());
        assert!(linked.dir.is_none());
        build(&linked, &bytes, &info, &settings);
        assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 1);
    }
}
