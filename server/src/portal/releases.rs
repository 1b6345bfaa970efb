//! `/portal/` (the releases, 50 a page), `/portal/releases/{id}` (tables as charts with their data,
//! methodology, downloads) and `/portal/releases/{id}/files/{name}` (the published files).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use domain::taxonomy::{List, ATTACK_VECTORS, MEMBER_STATES, SECTORS};
use i18n::{Arg, Translator};
use storage::releases::{Release, ReleaseCell};

use super::charts::{bar_chart, Bar, Chart};
use super::methodology::{grouped, paragraphs};
use super::pages::{Download, ReleasePage, ReleaseRow, ReleasesPage};
use super::{day, Member, REALM};
use crate::published::{self as data, file_response, Full};
use crate::state::PortalState;
use crate::web::error::Kind;
use crate::web::paging::Pager;
use crate::web::{render, Chrome, WebError};

fn status_text(t: &Translator, status: &str) -> String {
    match status {
        "published" => t.t("portal-status-published"),
        other => other.to_string(),
    }
}

pub async fn list(
    req: HttpRequest,
    state: web::Data<PortalState>,
    m: Member,
) -> Result<HttpResponse, WebError> {
    let (page, releases) = data::list_page(&state.db, req.query_string()).await?;
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let pager = Pager::new(&c, "/portal/", page);
    let rows = releases
        .iter()
        .map(|r| ReleaseRow {
            id: r.id.clone(),
            period: r.period.clone(),
            day: day(r.created_at),
            epsilon: format!("{:.2}", r.epsilon),
            status: status_text(&c.t, &r.status),
            link: c.link(&format!("/portal/releases/{}", r.id)),
        })
        .collect();
    let lead = c.t.tn(
        "portal-releases-lead",
        &[
            ("name", Arg::from(m.user.name.as_str())),
            (
                "country",
                Arg::from(country_name(&c.t, &m.user.profile.country)),
            ),
        ],
    );
    let page = ReleasesPage {
        c,
        nav: Some(m.session.csrf.clone()),
        lead,
        rows,
        pager,
    };
    render(StatusCode::OK, &page)
}

fn country_name(t: &Translator, code: &str) -> String {
    label(t, &MEMBER_STATES, code)
}

/// The localized label of a code, or the code itself when the list does not know it.
fn label(t: &Translator, list: &List, code: &str) -> String {
    if list.contains(code) {
        t.t(&list.label_key(code))
    } else {
        code.to_string()
    }
}

fn not_found(req: &HttpRequest) -> WebError {
    WebError::new(Kind::NotFound).in_lang(&crate::web::translator(req))
}

/// The bars of a one-dimension table, in the list's order.
fn bars(
    t: &Translator,
    cells: &[ReleaseCell],
    table: &str,
    list: &List,
    with_code: bool,
    highlight: &str,
) -> Vec<Bar> {
    let of_table: Vec<&ReleaseCell> = cells.iter().filter(|c| c.table_name == table).collect();
    list.iter()
        .filter_map(|code| {
            let key = format!("{}={}", list.name, code.code);
            let cell = of_table.iter().find(|c| c.cell_key == key)?;
            let text = label(t, list, code.code);
            Some(Bar {
                label: if with_code {
                    format!("{} – {text}", code.code)
                } else {
                    text
                },
                value: cell.value,
                ci_low: cell.ci_low,
                ci_high: cell.ci_high,
                highlight: code.code == highlight,
            })
        })
        .collect()
}

/// One cell (`key` of `table`) across quarters, each quarter from its newest release; the
/// quarter of `period` highlighted.
async fn series(
    state: &PortalState,
    table: &str,
    key: &str,
    period: &str,
) -> Result<Vec<Bar>, WebError> {
    Ok(data::table_by_period(&state.db, table)
        .await?
        .iter()
        .filter_map(|(rel, cells)| {
            cells.iter().find(|c| c.cell_key == key).map(|c| Bar {
                label: rel.period.clone(),
                value: c.value,
                ci_low: c.ci_low,
                ci_high: c.ci_high,
                highlight: rel.period == period,
            })
        })
        .collect())
}

fn chart(
    t: &Translator,
    id: &str,
    heading_id: &str,
    bars: Vec<Bar>,
    extra: Option<String>,
) -> Chart {
    titled_chart(t, id, t.t(heading_id), bars, extra)
}

/// A chart whose heading is already written (it names a category).
fn titled_chart(
    t: &Translator,
    id: &str,
    heading: String,
    bars: Vec<Bar>,
    extra: Option<String>,
) -> Chart {
    let top = bars.iter().max_by_key(|b| b.value);
    let mut desc = t.tn(
        "portal-chart-desc",
        &[
            ("count", Arg::from(bars.len())),
            (
                "top",
                Arg::from(top.map(|b| b.label.clone()).unwrap_or_default()),
            ),
            ("value", Arg::from(top.map_or(0, |b| b.value))),
        ],
    );
    if let Some(e) = extra {
        desc.push(' ');
        desc.push_str(&e);
    }
    let svg = bar_chart(id, &heading, &desc, &bars, &t.t("portal-chart-yours"));
    Chart {
        id: id.to_string(),
        table_caption: t.t1("portal-chart-table-caption", "chart", heading.clone()),
        heading,
        svg,
        bars,
        columns: [
            t.t("portal-col-category"),
            t.t("portal-col-value"),
            t.t("portal-col-interval"),
        ],
    }
}

fn one(cells: &[ReleaseCell], table: &str) -> Option<ReleaseCell> {
    cells.iter().find(|c| c.table_name == table).cloned()
}

fn size(n: usize) -> String {
    if n < 1000 {
        format!("{n} B")
    } else {
        format!("{:.1} kB", n as f64 / 1000.0)
    }
}

pub async fn page(
    req: HttpRequest,
    state: web::Data<PortalState>,
    m: Member,
    path: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    let Some(full) = data::load(&state.db, &path, None).await? else {
        return Err(not_found(&req));
    };
    let quarters = data::totals_by_period(&state.db).await?;
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let t = c.t;
    let Full {
        release: r, cells, ..
    } = &full;
    let country = &m.user.profile.country;
    let quarter_bars = quarters
        .iter()
        .map(|(rel, cell): &(Release, ReleaseCell)| Bar {
            label: rel.period.clone(),
            value: cell.value,
            ci_low: cell.ci_low,
            ci_high: cell.ci_high,
            highlight: rel.period == r.period,
        })
        .collect();
    // The user's own member state across quarters, each quarter from its newest release.
    let key = format!("member_state={country}");
    let state_bars = series(&state, "count_member_state", &key, &r.period).await?;
    // The sector and the attack vector most reported in this release, across quarters (the
    // data API gives every one of them as a series).
    let mut trends = Vec::new();
    for (id, table, list) in [
        ("chart-sector-quarter", "count_sector", &SECTORS),
        (
            "chart-attack-vector-quarter",
            "count_attack_vector",
            &ATTACK_VECTORS,
        ),
    ] {
        let top = cells
            .iter()
            .filter(|c| c.table_name == table)
            .max_by_key(|c| c.value);
        let Some(top) = top else { continue };
        let code = top.cell_key.split_once('=').map_or("", |(_, v)| v);
        let heading = t.t1("portal-chart-series", "category", label(&t, list, code));
        let bars = series(&state, table, &top.cell_key, &r.period).await?;
        trends.push(titled_chart(
            &t,
            id,
            heading,
            bars,
            Some(t.t("portal-chart-series-note")),
        ));
    }
    let yours = t.t1(
        "portal-chart-highlight",
        "country",
        country_name(&t, country),
    );
    let mut charts = vec![
        chart(
            &t,
            "chart-quarter",
            "portal-chart-quarter",
            quarter_bars,
            Some(t.t("portal-chart-quarter-note")),
        ),
        chart(
            &t,
            "chart-state-quarter",
            "portal-chart-state-quarter",
            state_bars,
            Some(t.t("portal-chart-quarter-note")),
        ),
        chart(
            &t,
            "chart-sector",
            "portal-chart-sector",
            bars(&t, cells, "count_sector", &SECTORS, true, ""),
            None,
        ),
        chart(
            &t,
            "chart-attack-vector",
            "portal-chart-attack-vector",
            bars(&t, cells, "count_attack_vector", &ATTACK_VECTORS, false, ""),
            None,
        ),
        chart(
            &t,
            "chart-member-state",
            "portal-chart-member-state",
            bars(
                &t,
                cells,
                "count_member_state",
                &MEMBER_STATES,
                true,
                country,
            ),
            Some(yours),
        ),
    ];
    charts.extend(trends);
    let mut summary = Vec::new();
    let with_interval = |c: &ReleaseCell, v: String| format!("{v} ({})", interval(c));
    if let Some(total) = one(cells, "count_total") {
        summary.push((
            t.t("portal-summary-reports"),
            with_interval(&total, total.value.to_string()),
        ));
    }
    if let Some(dropped) = one(cells, "truncated_reports") {
        summary.push((
            t.t("portal-summary-truncated"),
            with_interval(&dropped, dropped.value.to_string()),
        ));
    }
    if let Some(loss) = one(cells, "loss_sum_total") {
        let eur = format!("{} EUR", grouped(loss.value.max(0).unsigned_abs()));
        summary.push((t.t("portal-summary-loss"), with_interval(&loss, eur)));
    }
    let files = data::all_files(&full)?;
    let file_link = |name: &str| c.link(&format!("/portal/releases/{}/files/{name}", r.id));
    let downloads = files
        .iter()
        .map(|f| Download {
            name: f.name.clone(),
            link: file_link(&f.name),
            size: size(f.bytes.len()),
        })
        .collect();
    let zip_name = format!("{}.zip", r.id);
    let archive = Download {
        link: file_link(&zip_name),
        name: zip_name,
        size: String::new(),
    };
    let key =
        envelope::keys::SigningPublicKey(r.signing_key.as_slice().try_into().unwrap_or([0; 32]));
    let page = ReleasePage {
        nav: Some(m.session.csrf.clone()),
        id: r.id.clone(),
        period: r.period.clone(),
        day: day(r.created_at),
        epsilon: format!("{:.2}", r.epsilon),
        status: status_text(&t, &r.status),
        summary,
        charts,
        methodology: paragraphs(&t, &r.methodology),
        downloads,
        archive,
        key_b64: key.to_b64(),
        key_fingerprint: key.fingerprint(),
        c,
    };
    render(StatusCode::OK, &page)
}

fn interval(c: &ReleaseCell) -> String {
    format!("95%: {:.1} – {:.1}", c.ci_low, c.ci_high)
}

pub async fn file(
    req: HttpRequest,
    state: web::Data<PortalState>,
    m: Member,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, WebError> {
    let (id, name) = path.into_inner();
    let Some(bytes) = data::file(&state.db, &id, &name).await? else {
        return Err(not_found(&req));
    };
    REALM
        .audit(
            &state.db,
            Some(m.user.id),
            "portal.download",
            Some(("release", id)),
            serde_json::json!({ "file": name }),
        )
        .await?;
    Ok(file_response(&name, bytes))
}
