//! Server-rendered SVG bar charts: one horizontal bar per category with its 95% interval drawn
//! as a whisker. Accessible by construction: `role="img"` labelled by the chart's `<title>` and
//! `<desc>`, every bar labelled in text (never colour alone: the highlighted bar is also marked
//! and bold), and the same numbers in a data table next to it. Presentation attributes only, no
//! `style` (the CSP allows no inline styles) and nothing from another origin.

use std::fmt::Write;

/// One category of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub ci_low: f64,
    pub ci_high: f64,
    /// Drawn in the accent colour, bold, with a marker (the user's own country).
    pub highlight: bool,
}

/// A chart as the template shows it: heading, SVG and the data table alternative.
#[derive(Debug, Clone)]
pub struct Chart {
    pub id: String,
    pub heading: String,
    /// Inline SVG made here from escaped text (safe to insert unescaped).
    pub svg: String,
    pub bars: Vec<Bar>,
    /// Column headers of the data table: category, value, interval.
    pub columns: [String; 3],
    pub table_caption: String,
}

impl Bar {
    /// The interval as `low – high`, one decimal.
    pub fn interval(&self) -> String {
        format!("{:.1} – {:.1}", self.ci_low, self.ci_high)
    }
}

const WIDTH: f64 = 760.0;
const LABEL_W: f64 = 300.0;
const RIGHT_W: f64 = 70.0;
const ROW_H: f64 = 24.0;
const TOP: f64 = 28.0;
const BAR: &str = "#003399";
const ACCENT: &str = "#8a5a00";
const INK: &str = "#1b1b1f";
const GRID: &str = "#c9ccd6";
/// Longest label drawn in full (the data table has every label in full).
const MAX_LABEL_CHARS: usize = 34;

/// Escapes text for XML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn short(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        return label.to_string();
    }
    let mut s: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
    s.push('…');
    s
}

/// A round axis step (1, 2 or 5 × 10^k) giving about four intervals up to `max`.
fn step_for(max: f64) -> f64 {
    let raw = (max / 4.0).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

/// The SVG of a horizontal bar chart. `marker` is appended to highlighted labels.
pub fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar], marker: &str) -> String {
    let top_value = bars
        .iter()
        .map(|b| (b.value as f64).max(b.ci_high))
        .fold(1.0, f64::max);
    let step = step_for(top_value);
    let axis_max = (top_value / step).ceil() * step;
    let plot_w = WIDTH - LABEL_W - RIGHT_W;
    let x = |v: f64| LABEL_W + (v.clamp(0.0, axis_max) / axis_max) * plot_w;
    let height = TOP + ROW_H * bars.len() as f64 + 8.0;
    let mut s = String::new();
    // Writing into a String cannot fail.
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{id}" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" focusable="false" font-family="system-ui, sans-serif" font-size="13"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        esc(title),
        esc(desc)
    );
    let mut tick = 0.0;
    while tick <= axis_max + step / 2.0 {
        let tx = x(tick);
        let _ = write!(
            s,
            r#"<line x1="{tx:.1}" y1="{}" x2="{tx:.1}" y2="{:.1}" stroke="{GRID}" stroke-width="1"/><text x="{tx:.1}" y="{}" text-anchor="middle" fill="{INK}">{}</text>"#,
            TOP - 6.0,
            height - 4.0,
            TOP - 10.0,
            tick as i64
        );
        tick += step;
    }
    for (i, b) in bars.iter().enumerate() {
        let y = TOP + ROW_H * i as f64;
        let mid = y + ROW_H / 2.0;
        let (fill, weight) = if b.highlight {
            (ACCENT, "bold")
        } else {
            (BAR, "normal")
        };
        let label = if b.highlight {
            format!("{} {marker}", short(&b.label))
        } else {
            short(&b.label)
        };
        let bar_w = x(b.value as f64) - LABEL_W;
        let (lo, hi) = (x(b.ci_low), x(b.ci_high));
        let _ = write!(
            s,
            r#"<g class="bar"><text x="{:.1}" y="{:.1}" text-anchor="end" font-weight="{weight}" fill="{INK}">{}</text><rect x="{LABEL_W}" y="{:.1}" width="{bar_w:.1}" height="{:.1}" fill="{fill}"{}/><line class="whisker" x1="{lo:.1}" y1="{mid:.1}" x2="{hi:.1}" y2="{mid:.1}" stroke="{INK}" stroke-width="1.5"/><line x1="{lo:.1}" y1="{:.1}" x2="{lo:.1}" y2="{:.1}" stroke="{INK}" stroke-width="1.5"/><line x1="{hi:.1}" y1="{:.1}" x2="{hi:.1}" y2="{:.1}" stroke="{INK}" stroke-width="1.5"/><text x="{:.1}" y="{:.1}" font-weight="{weight}" fill="{INK}">{}</text></g>"#,
            LABEL_W - 8.0,
            mid + 4.5,
            esc(&label),
            y + 4.0,
            ROW_H - 8.0,
            if b.highlight {
                format!(r#" stroke="{INK}" stroke-width="2""#)
            } else {
                String::new()
            },
            mid - 5.0,
            mid + 5.0,
            mid - 5.0,
            mid + 5.0,
            hi.max(x(b.value as f64)) + 6.0,
            mid + 4.5,
            b.value
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: i64, highlight: bool) -> Bar {
        Bar {
            label: label.into(),
            value,
            ci_low: value as f64 - 4.0,
            ci_high: value as f64 + 4.0,
            highlight,
        }
    }

    #[test]
    fn chart_is_labelled_escaped_and_draws_whiskers() {
        let bars = [bar("Denmark <DK>", 12, true), bar("Germany & co", 0, false)];
        let svg = bar_chart("c1", "By member state", "Two bars", &bars, "(yours)");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(r#"aria-labelledby="c1-title c1-desc""#));
        assert!(svg.contains("<title id=\"c1-title\">By member state</title>"));
        assert!(svg.contains("Denmark &lt;DK&gt; (yours)"));
        assert!(svg.contains("Germany &amp; co"));
        assert_eq!(svg.matches("class=\"whisker\"").count(), 2);
        assert!(!svg.contains("style="), "no inline styles under the CSP");
        // The negative lower end of the zero bar is cut at the axis, not drawn left of it.
        assert!(!svg.contains("x1=\"-"));
    }

    #[test]
    fn axis_steps_are_round() {
        assert_eq!(step_for(3.0), 1.0);
        assert_eq!(step_for(37.0), 10.0);
        assert_eq!(step_for(170.0), 50.0);
        assert_eq!(step_for(900.0), 500.0);
    }
}
