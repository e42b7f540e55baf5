//! The pictures of a site: every raster image next to pages read once (its size as shown, a
//! GPS position, the limits), its variants planned with their addresses, and made through
//! the build cache when the first of their routes is produced (one decode for all of them).

use crate::diagnostics::{display_path, Diagnostic, Position};
use crate::images::variants::VariantSpec;
use crate::images::{self, Cache, Format, ImageInfo, ImageProblem, ImageSettings, Picture};
use crate::load::content::Asset;
use crate::load::theme::ThemeFile;
use crate::rules::Rule;
use crate::text;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// An image's variants once made: each `None` once its route has taken it.
type MadeVariants = Result<Vec<Option<Vec<u8>>>, ImageProblem>;

/// What loket found of one raster image next to pages.
#[derive(Debug, Clone)]
pub struct AssetImage {
    pub info: ImageInfo,
    /// Its variants with their URLs, in the order of `variants::plan`.
    pub variants: Vec<(VariantSpec, String)>,
}

impl AssetImage {
    /// The variant the original's address holds when no page links to the original and it
    /// is wider than every variant: the widest one in the image's own format.
    pub fn stand_in(&self, settings: &ImageSettings) -> Option<usize> {
        let widest = settings.widths.last().copied().unwrap_or(0);
        if self.info.width <= widest {
            return None;
        }
        let own = images::variants::own_format(self.info.format)?;
        self.variants.iter().rposition(|(spec, _)| spec.format == own)
    }
}

/// Per asset (the index of `Content::assets`): `None` for a file that is not a raster image
/// or could not be used (its finding says why).
#[derive(Default)]
pub struct SiteImages {
    pub by_asset: Vec<Option<AssetImage>>,
    /// What templates show, by the image's URL (`/nl/verhalen/amina.jpg`).
    pub pictures: HashMap<String, Picture>,
    /// The assets a page links to (not only shows): their own files are published whole.
    pub linked: HashSet<usize>,
    /// Per asset, its variants once made, each taken by the route that writes it.
    made: Vec<OnceLock<Mutex<MadeVariants>>>,
}

/// Reads the raster image `asset` (its findings go to `found`): what it is, and its variants.
pub fn inspect_asset(
    root: &Path,
    asset: &Asset,
    settings: &ImageSettings,
    found: &mut Vec<Diagnostic>,
) -> Option<AssetImage> {
    let format = Format::from_name(&asset.content_path)?;
    let shown = display_path(root, &asset.source);
    // A file that cannot be read is reported when it is copied.
    let bytes = crate::sitefs::read(root, &asset.source).ok()?;
    let info = match images::inspect(&bytes, format, settings) {
        Ok(info) => info,
        Err(problem) => {
            found.push(problem_finding(shown, &problem));
            return None;
        }
    };
    if info.gps {
        found.push(
            Diagnostic::warning(Rule::ImageLocation, shown, Position::START, text!("image-location"))
                .with_hint(text!("image-location-hint")),
        );
    }
    let variants = images::variants::plan(&info, settings)
        .into_iter()
        .map(|spec| {
            let url = variant_url(&asset.url, &spec, &images::cache::variant_key(&info.hash, &spec, settings));
            (spec, url)
        })
        .collect();
    Some(AssetImage { info, variants })
}

/// The pictures of `static/` (published whole, without their hidden data): an error for one
/// loket cannot use, a warning for one with a GPS position, at the file.
pub fn check_static(files: &[ThemeFile], settings: &ImageSettings) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for file in files.iter().filter(|file| !file.is_builtin()) {
        let Some(format) = Format::from_name(&file.name) else { continue };
        let shown = file.display_path(crate::load::theme::STATIC_DIR);
        match images::inspect(&file.contents, format, settings) {
            Ok(info) if info.gps => found.push(
                Diagnostic::warning(Rule::ImageLocation, shown, Position::START, text!("image-location"))
                    .with_hint(text!("image-location-hint")),
            ),
            Ok(_) => {}
            Err(problem) => found.push(problem_finding(shown, &problem)),
        }
    }
    found
}

/// The error of an image loket cannot use, at its file.
pub fn problem_finding(file: PathBuf, problem: &ImageProblem) -> Diagnostic {
    Diagnostic::error(Rule::Image, file, Position::START, problem.message()).with_hint(problem.hint())
}

/// `/nl/verhalen/amina.jpg` → `/nl/verhalen/amina-800w.<key>.webp`: beside the original, its
/// name telling the width, and a hash of what made it so that a CDN may keep it for a year.
fn variant_url(url: &str, spec: &VariantSpec, key: &str) -> String {
    let (folder, name) = url.rsplit_once('/').unwrap_or(("", url));
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    format!("{folder}/{stem}-{}w.{key}.{}", spec.width, spec.format.extension())
}

/// Whether a route takes a made variant (its own route) or a copy (the original's address,
/// which holds the widest variant of a large photo nobody links to).
#[derive(Clone, Copy)]
enum Handing {
    Take,
    Copy,
}

/// What making variants needs: the site folder (to read the image), the cache, the settings.
#[derive(Clone, Copy)]
pub struct Making<'a> {
    pub root: &'a Path,
    pub cache: &'a Cache,
    pub settings: &'a ImageSettings,
}

impl SiteImages {
    /// The images of `assets` as inspected (`by_asset`, same order), with their pictures.
    pub fn new(assets: &[Asset], by_asset: Vec<Option<AssetImage>>) -> SiteImages {
        let pictures = assets
            .iter()
            .zip(&by_asset)
            .filter_map(|(asset, image)| {
                image.as_ref().map(|image| (asset.url.clone(), Picture::new(&asset.url, &image.info, &image.variants)))
            })
            .collect();
        let made = by_asset.iter().map(|_| OnceLock::new()).collect();
        SiteImages { by_asset, pictures, linked: HashSet::new(), made }
    }

    /// Per asset, the URLs of its variants, for the route table.
    pub fn variant_urls(&self) -> Vec<Vec<String>> {
        self.by_asset
            .iter()
            .map(|image| image.iter().flat_map(|image| image.variants.iter().map(|(_, url)| url.clone())).collect())
            .collect()
    }

    /// The bytes of variant `index` of asset `asset`: the first call makes every variant of the
    /// image (read from the cache, or decoded once and encoded); each is handed out once.
    pub fn variant(
        &self,
        (number, asset): (usize, &Asset),
        index: usize,
        with: Making<'_>,
    ) -> Result<Vec<u8>, ImageProblem> {
        self.variant_bytes((number, asset), index, with, Handing::Take)
    }

    fn variant_bytes(
        &self,
        (number, asset): (usize, &Asset),
        index: usize,
        with: Making<'_>,
        handing: Handing,
    ) -> Result<Vec<u8>, ImageProblem> {
        let (Some(Some(image)), Some(cell)) = (self.by_asset.get(number), self.made.get(number)) else {
            return Err(ImageProblem::Malformed { detail: "not an image".into() });
        };
        let made = cell.get_or_init(|| Mutex::new(make_all(asset, image, with)));
        let mut made = made.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match &mut *made {
            Ok(variants) => match variants.get_mut(index).and_then(|v| match handing {
                Handing::Take => v.take(),
                Handing::Copy => v.clone(),
            }) {
                Some(bytes) => Ok(bytes),
                // Asked for twice (a serve rebuild writes it again): made again, from the cache.
                None => make_some(asset, image, &[index], with).map(|mut v| v.remove(0)),
            },
            Err(problem) => Err(problem.clone()),
        }
    }

    /// The bytes published at the original's address: the file without its hidden data, or
    /// (not linked, and wider than every variant) its widest variant in its own format.
    pub fn original(
        &self,
        (number, asset): (usize, &Asset),
        with: Making<'_>,
    ) -> Option<Result<Vec<u8>, ImageProblem>> {
        let image = self.by_asset.get(number)?.as_ref()?;
        if !self.linked.contains(&number) {
            if let Some(stand_in) = image.stand_in(with.settings) {
                // A copy of the variant made for its own route (one decode for both).
                return Some(self.variant_bytes((number, asset), stand_in, with, Handing::Copy));
            }
        }
        let bytes = crate::sitefs::read(with.root, &asset.source)
            .map_err(|_| ImageProblem::Malformed { detail: "unreadable".into() });
        Some(bytes.and_then(|bytes| images::clean::clean(&bytes, &image.info)))
    }
}

fn make_all(asset: &Asset, image: &AssetImage, with: Making<'_>) -> Result<Vec<Option<Vec<u8>>>, ImageProblem> {
    let all: Vec<usize> = (0..image.variants.len()).collect();
    make_some(asset, image, &all, with).map(|made| made.into_iter().map(Some).collect())
}

/// Variants `indexes` of `image`, from the cache or made (one decode for all missing).
fn make_some(
    asset: &Asset,
    image: &AssetImage,
    indexes: &[usize],
    with: Making<'_>,
) -> Result<Vec<Vec<u8>>, ImageProblem> {
    let specs: Vec<VariantSpec> = indexes.iter().filter_map(|&i| image.variants.get(i).map(|(s, _)| *s)).collect();
    let made = with.cache.get_or_make(&image.info, &specs, with.settings, |missing| {
        let bytes = crate::sitefs::read(with.root, &asset.source)
            .map_err(|_| ImageProblem::Malformed { detail: "unreadable".into() })?;
        images::variants::make(&bytes, &image.info, missing, with.settings)
    })?;
    // A cache entry can come from a pull request (`.loket-cache/` committed): every variant
    // passes the same allow list of parts as the photos themselves, so none carries EXIF.
    specs.iter().zip(made).map(|(spec, bytes)| images::clean::clean(&bytes, &variant_info(spec))).collect()
}

/// What `clean` needs to know of a variant: its format, and that it is upright.
fn variant_info(spec: &VariantSpec) -> ImageInfo {
    ImageInfo {
        format: spec.format,
        width: spec.width,
        height: spec.height,
        orientation: 1,
        gps: false,
        animated: false,
        hash: String::new(),
    }
}
