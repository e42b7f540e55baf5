//! Publishing: the build (`build`), the output folder (`output`) and the search index
//! (`search`).

pub mod build;
pub mod output;
pub mod search;
