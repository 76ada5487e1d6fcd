//! Server-rendered SVG line charts with axes, labels and a legend (the
//! pages need no script and no external resource).

use std::fmt;

use askama::Template;

/// One line of a chart.
pub struct Line<'a> {
    /// Legend text.
    pub label: &'a str,
    /// One value per x position; `None` leaves a gap.
    pub values: Vec<Option<f64>>,
}

/// Line colours, told apart also in grey scale by order in the legend.
const COLOURS: [&str; 8] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
];

const W: f64 = 640.0;
const PLOT_H: f64 = 200.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 10.0;
const X_AXIS: f64 = 36.0;
const LEGEND_ROW: f64 = 18.0;

/// A round step for about four ticks up to `max`.
fn tick_step(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let raw = max / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let n = raw / mag;
    let nice = if n <= 1.0 {
        1.0
    } else if n <= 2.0 {
        2.0
    } else if n <= 5.0 {
        5.0
    } else {
        10.0
    };
    (nice * mag).max(if max >= 1.0 { 1.0 } else { 0.0 })
}

fn fmt_num(v: f64, unit: &str) -> String {
    if v.fract().abs() < 1e-9 {
        format!("{v:.0}{unit}")
    } else {
        format!("{v:.1}{unit}")
    }
}

/// A number shown with one decimal (coordinates).
#[derive(Debug, Clone, Copy, PartialEq)]
struct P1(f64);

impl fmt::Display for P1 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}", self.0)
    }
}

/// A horizontal grid line with its value.
struct Tick {
    y: P1,
    label_x: P1,
    label_y: P1,
    label: String,
}

/// A labelled week on the x axis.
struct XTick {
    x: P1,
    anchor: &'static str,
    label: String,
}

/// What a line draws: a run of values, or a lone value as a dot.
enum Mark {
    /// A value without neighbours.
    Dot {
        /// Centre.
        x: P1,
        /// Centre.
        y: P1,
        /// Its line's colour.
        colour: &'static str,
    },
    /// A run of values: `x,y` pairs.
    Line {
        /// `x,y x,y ...`.
        points: String,
        /// Its line's colour.
        colour: &'static str,
    },
}

/// A line's entry in the legend.
struct LegendEntry {
    x: P1,
    y: P1,
    text_x: P1,
    text_y: P1,
    colour: &'static str,
    label: String,
}

/// A line chart as inline SVG (`templates/chart.svg`), laid out by
/// [`lines`]; every text in it is escaped by the template.
#[derive(Template)]
#[template(path = "chart.svg")]
pub struct Chart {
    id: String,
    title: String,
    width: f64,
    height: f64,
    left: f64,
    top: f64,
    right: P1,
    bottom: P1,
    tick_end: P1,
    label_y: P1,
    caption_x: P1,
    caption_y: P1,
    grid: Vec<Tick>,
    x_ticks: Vec<XTick>,
    marks: Vec<Mark>,
    legend: Vec<LegendEntry>,
}

// The template escaped every text in it: a page embeds it as it is.
impl askama::filters::HtmlSafe for Chart {}

/// A line chart: `x_labels` along the bottom (some of them, so they do not
/// overlap), y from 0 with ticks, `unit` after y values (`%` or empty).
pub fn lines(id: &str, title: &str, x_labels: &[String], lines: &[Line<'_>], unit: &str) -> Chart {
    let n = x_labels.len().max(1);
    let max = lines
        .iter()
        .flat_map(|l| l.values.iter().flatten())
        .fold(0.0f64, |a, b| a.max(*b));
    let step = tick_step(max);
    let top_value = if max <= 0.0 {
        step * 4.0
    } else {
        (max / step).ceil() * step
    };
    let legend_rows = lines.len().div_ceil(3);
    let h = TOP + PLOT_H + X_AXIS + legend_rows as f64 * LEGEND_ROW + 6.0;
    let plot_w = W - LEFT - RIGHT;
    let x = |i: usize| {
        if n == 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + plot_w * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: f64| TOP + PLOT_H - v / top_value * PLOT_H;
    // Y axis: grid lines and tick labels.
    let mut grid = Vec::new();
    let mut v = 0.0;
    while v <= top_value + step / 2.0 {
        let yy = y(v);
        grid.push(Tick {
            y: P1(yy),
            label_x: P1(LEFT - 4.0),
            label_y: P1(yy + 4.0),
            label: fmt_num(v, unit),
        });
        v += step;
    }
    // X axis: labels as dense as they fit (about 70 px for a date), the
    // ends anchored inwards so that their text is not cut; the last week
    // always labelled, in place of a neighbour it would overlap.
    const LABEL_W: f64 = 70.0;
    let span = |i: usize| -> (f64, f64, &'static str) {
        let xx = x(i);
        if i == 0 && n > 1 {
            (xx, xx + LABEL_W, "start")
        } else if i + 1 == n && n > 1 {
            (xx - LABEL_W, xx, "end")
        } else {
            (xx - LABEL_W / 2.0, xx + LABEL_W / 2.0, "middle")
        }
    };
    let mut chosen: Vec<usize> = Vec::new();
    for i in 0..x_labels.len() {
        let fits = chosen.last().is_none_or(|&p| span(i).0 >= span(p).1 + 6.0);
        if fits {
            chosen.push(i);
        } else if i + 1 == x_labels.len() {
            chosen.pop();
            chosen.push(i);
        }
    }
    let x_ticks = chosen
        .into_iter()
        .map(|i| XTick {
            x: P1(x(i)),
            anchor: span(i).2,
            label: x_labels[i].clone(),
        })
        .collect();
    // The lines: runs of present values; a lone point is a dot.
    let mut marks = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        let colour = COLOURS[li % COLOURS.len()];
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut flush = |run: &mut Vec<(f64, f64)>| {
            match run.len() {
                0 => {}
                1 => marks.push(Mark::Dot {
                    x: P1(run[0].0),
                    y: P1(run[0].1),
                    colour,
                }),
                _ => {
                    let pts: Vec<String> =
                        run.iter().map(|(a, b)| format!("{a:.1},{b:.1}")).collect();
                    marks.push(Mark::Line {
                        points: pts.join(" "),
                        colour,
                    });
                }
            }
            run.clear();
        };
        for (i, v) in line.values.iter().enumerate() {
            match v {
                Some(v) => run.push((x(i), y(*v))),
                None => flush(&mut run),
            }
        }
        flush(&mut run);
    }
    // Legend under the axis label, three entries a row.
    let legend = lines
        .iter()
        .enumerate()
        .map(|(li, line)| {
            let lx = LEFT + (li % 3) as f64 * (plot_w / 3.0);
            let ly = TOP + PLOT_H + X_AXIS + (li / 3) as f64 * LEGEND_ROW + 6.0;
            LegendEntry {
                x: P1(lx),
                y: P1(ly),
                text_x: P1(lx + 16.0),
                text_y: P1(ly + 10.0),
                colour: COLOURS[li % COLOURS.len()],
                label: shorten(line.label, 27),
            }
        })
        .collect();
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        width: W,
        height: h,
        left: LEFT,
        top: TOP,
        right: P1(W - RIGHT),
        bottom: P1(TOP + PLOT_H),
        tick_end: P1(TOP + PLOT_H + 4.0),
        label_y: P1(TOP + PLOT_H + 16.0),
        caption_x: P1(LEFT + plot_w / 2.0),
        caption_y: P1(TOP + PLOT_H + 30.0),
        grid,
        x_ticks,
        marks,
        legend,
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(tick_step(100.0), 50.0);
        assert_eq!(tick_step(7.0), 2.0);
        assert_eq!(tick_step(0.0), 1.0);
        assert_eq!(tick_step(3.0), 1.0);
    }

    #[test]
    fn a_chart_has_axes_labels_legend_and_gaps() {
        let labels: Vec<String> = (1..=3).map(|i| format!("2026-01-0{i}")).collect();
        let svg = lines(
            "t",
            "Shares",
            &labels,
            &[
                Line {
                    label: "vz7",
                    values: vec![Some(50.0), None, Some(100.0)],
                },
                Line {
                    label: "<legacy>",
                    values: vec![Some(50.0), Some(40.0), Some(0.0)],
                },
            ],
            "%",
        )
        .render()
        .unwrap();
        assert!(svg.contains(">100%</text>"), "{svg}");
        assert!(svg.contains(">0%</text>"));
        assert!(svg.contains(">2026-01-03</text>"));
        assert!(svg.contains(">&#60;legacy&#62;</text>"), "{svg}");
        // vz7's gap: two dots, no polyline; legacy: one polyline.
        assert_eq!(svg.matches("<circle").count(), 2);
        assert_eq!(svg.matches("<polyline").count(), 1);
    }
}
