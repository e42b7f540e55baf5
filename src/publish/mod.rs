//! Publishing: the build (`build`), the output folder (`output`) and the generated files
//! beside the pages (`sitemap`, `feeds`, `redirects`, `search`).

pub mod build;
pub mod feeds;
pub mod output;
pub mod redirects;
pub mod search;
pub mod sitemap;
