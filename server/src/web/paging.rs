//! Paging of long lists (the console's inbox, the portal's releases and API tokens):
//! `?page=N` (1-based; anything else is the first page, a page past the end the last),
//! [`PER_PAGE`] rows a page, and the navigation the page shows below the list: a `<nav>` with
//! its own label, links to the previous and next page (`rel="prev"`, `rel="next"`) and
//! "Page 2 of 5" marked as the current page, all translated.

use i18n::Arg;

use super::Chrome;

/// Rows per page.
pub const PER_PAGE: i64 = 50;

/// The page asked for, clamped to the pages there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// 1-based.
    pub number: i64,
    /// How many pages there are (at least 1).
    pub pages: i64,
}

impl Page {
    /// The page `?page=N` of the query asks for among `total` rows.
    pub fn of(query: &str, total: i64) -> Self {
        let asked = query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == "page")
            .and_then(|(_, v)| v.parse::<i64>().ok())
            .unwrap_or(1);
        let pages = ((total.max(0) + PER_PAGE - 1) / PER_PAGE).max(1);
        Page {
            number: asked.clamp(1, pages),
            pages,
        }
    }

    /// The rows this page skips.
    pub fn offset(&self) -> i64 {
        (self.number - 1) * PER_PAGE
    }

    pub fn limit(&self) -> i64 {
        PER_PAGE
    }
}

/// The navigation below a paged list; `None` when everything fits on one page.
#[derive(Debug, Clone)]
pub struct Pager {
    pub label: String,
    pub status: String,
    /// Link and text.
    pub prev: Option<(String, String)>,
    pub next: Option<(String, String)>,
}

impl Pager {
    /// The navigation of `page` of the list at `path` (the language is kept in the links).
    pub fn new(c: &Chrome, path: &str, page: Page) -> Option<Pager> {
        if page.pages <= 1 {
            return None;
        }
        let link = |n: i64| format!("{}&page={n}", c.link(path));
        Some(Pager {
            label: c.t.t("pager-label"),
            status: c.t.tn(
                "pager-status",
                &[
                    ("page", Arg::from(page.number)),
                    ("pages", Arg::from(page.pages)),
                ],
            ),
            prev: (page.number > 1).then(|| (link(page.number - 1), c.t.t("pager-previous"))),
            next: (page.number < page.pages).then(|| (link(page.number + 1), c.t.t("pager-next"))),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_clamped_and_counted() {
        assert_eq!(
            Page::of("", 0),
            Page {
                number: 1,
                pages: 1
            }
        );
        assert_eq!(
            Page::of("page=2", 50),
            Page {
                number: 1,
                pages: 1
            }
        );
        assert_eq!(
            Page::of("lang=en&page=2", 51),
            Page {
                number: 2,
                pages: 2
            }
        );
        assert_eq!(
            Page::of("page=9", 120),
            Page {
                number: 3,
                pages: 3
            }
        );
        assert_eq!(Page::of("page=-4", 120).number, 1);
        assert_eq!(Page::of("page=x", 120).number, 1);
        let p = Page::of("page=3", 120);
        assert_eq!((p.offset(), p.limit()), (100, 50));
    }
}
