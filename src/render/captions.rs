//! Captions written as SubRip (`.srt`) converted to WebVTT (`.vtt`), the one format browsers
//! read in `<track>`: a small strict parser (SRT has no specification beyond its common
//! form), linear in the file, that never passes markup through: cue text keeps only `<i>`,
//! `<b>` and `<u>`, drops `<font …>`, and escapes every other `<`, `>` and `&`.

use crate::messages::Text;
use crate::text;

/// A line of the `.srt` file (1-based) and what is wrong there.
#[derive(Debug, Clone, PartialEq)]
pub struct SrtProblem {
    pub line: usize,
    pub message: Text,
    pub hint: Text,
}

/// Tags that mean the same in SRT and WebVTT and carry no address or style.
const KEPT_TAGS: [&str; 6] = ["i", "/i", "b", "/b", "u", "/u"];

/// The longest tag read as one (`<font color="…">`); a longer `<…>` is text.
const TAG_WINDOW: usize = 256;

/// The URL of the WebVTT file made from the SubRip file at `url` (`.srt` in any case), or
/// `None` when `url` is not a SubRip file.
pub fn vtt_url(url: &str) -> Option<String> {
    let stem = url.len().checked_sub(4).filter(|&i| url.is_char_boundary(i))?;
    url[stem..].eq_ignore_ascii_case(".srt").then(|| format!("{}.vtt", &url[..stem]))
}

/// Converts the text of an `.srt` file to WebVTT, or says at which line it cannot.
pub fn srt_to_vtt(srt: &str) -> Result<String, SrtProblem> {
    let srt = srt.strip_prefix('\u{feff}').unwrap_or(srt);
    let mut out = String::with_capacity(srt.len() + 16);
    out.push_str("WEBVTT\n");
    let mut lines = srt.lines().enumerate().map(|(i, line)| (i + 1, line.trim_end_matches('\r'))).peekable();
    let mut cues = 0usize;
    loop {
        // Blank lines between cues.
        while lines.peek().is_some_and(|(_, line)| line.trim().is_empty()) {
            lines.next();
        }
        let Some((number_line, number)) = lines.next() else { break };
        let number = number.trim();
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(SrtProblem {
                line: number_line,
                message: text!("captions-srt-number", found = shorten(number)),
                hint: text!("captions-srt-number-hint"),
            });
        }
        let Some((timing_line, timing)) = lines.next() else {
            return Err(SrtProblem {
                line: number_line,
                message: text!("captions-srt-no-timing", number = number),
                hint: text!("captions-srt-timing-hint"),
            });
        };
        let (start, end) = parse_timing(timing).ok_or_else(|| SrtProblem {
            line: timing_line,
            message: text!("captions-srt-timing", found = shorten(timing)),
            hint: text!("captions-srt-timing-hint"),
        })?;
        if end <= start {
            return Err(SrtProblem {
                line: timing_line,
                message: text!("captions-srt-order", number = number),
                hint: text!("captions-srt-order-hint"),
            });
        }
        out.push('\n');
        out.push_str(number);
        out.push('\n');
        out.push_str(&vtt_time(start));
        out.push_str(" --> ");
        out.push_str(&vtt_time(end));
        out.push('\n');
        let mut text_lines = 0;
        while let Some((_, line)) = lines.next_if(|(_, line)| !line.trim().is_empty()) {
            cue_text(line, &mut out);
            out.push('\n');
            text_lines += 1;
        }
        if text_lines == 0 {
            return Err(SrtProblem {
                line: timing_line,
                message: text!("captions-srt-no-text", number = number),
                hint: text!("captions-srt-no-text-hint"),
            });
        }
        cues += 1;
    }
    if cues == 0 {
        return Err(SrtProblem {
            line: 1,
            message: text!("captions-srt-empty"),
            hint: text!("captions-srt-empty-hint"),
        });
    }
    Ok(out)
}

/// At most 40 characters of what was found, for a message.
fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// `00:00:01,000 --> 00:00:04,500`, in milliseconds; a `.` before the milliseconds is
/// accepted too, and so are position settings after the end time (they are dropped).
fn parse_timing(line: &str) -> Option<(u64, u64)> {
    let (start, rest) = line.trim().split_once("-->")?;
    let end = rest.split_whitespace().next()?;
    Some((parse_time(start.trim())?, parse_time(end)?))
}

/// `HH:MM:SS,mmm` (hours one or more digits) in milliseconds.
fn parse_time(text: &str) -> Option<u64> {
    let (clock, millis) = text.split_once([',', '.'])?;
    let mut parts = clock.split(':');
    let (hours, minutes, seconds) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let number = |s: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u64>().ok()).flatten()
    };
    let (h, m, s, ms) =
        (number(hours, 1..=4)?, number(minutes, 2..=2)?, number(seconds, 2..=2)?, number(millis, 3..=3)?);
    (m < 60 && s < 60).then_some(((h * 60 + m) * 60 + s) * 1000 + ms)
}

/// `HH:MM:SS.mmm`, as WebVTT writes it.
fn vtt_time(ms: u64) -> String {
    let (h, rest) = (ms / 3_600_000, ms % 3_600_000);
    format!("{h:02}:{:02}:{:02}.{:03}", rest / 60_000, rest / 1000 % 60, rest % 1000)
}

/// One line of cue text: `<i>`, `<b>`, `<u>` kept, `<font …>` dropped, every other `<`, `>`
/// and `&` escaped (so `-->` and any other markup are text). Linear: the next `>` is looked
/// up once and reused for every `<` before it.
fn cue_text(line: &str, out: &mut String) {
    let bytes = line.as_bytes();
    // Where the next `>` at or after the current place is (`None`: there is none).
    let mut next_gt: Option<Option<usize>> = None;
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !matches!(b, b'<' | b'>' | b'&') {
            i += 1;
            continue;
        }
        out.push_str(&line[copied..i]);
        let mut skip_to = i + 1;
        match b {
            b'<' => {
                if next_gt.is_none_or(|gt| gt.is_some_and(|gt| gt < i)) {
                    next_gt = Some(bytes[i..].iter().position(|&c| c == b'>').map(|p| i + p));
                }
                // `<` and `>` are single bytes, so both are character boundaries.
                let tag = next_gt.flatten().filter(|&gt| gt - i <= TAG_WINDOW).map(|gt| (gt, line[i + 1..gt].trim()));
                match tag {
                    Some((gt, inside)) if KEPT_TAGS.iter().any(|t| t.eq_ignore_ascii_case(inside)) => {
                        out.push('<');
                        out.push_str(&inside.to_ascii_lowercase());
                        out.push('>');
                        skip_to = gt + 1;
                    }
                    Some((gt, inside)) if is_font_tag(inside) => skip_to = gt + 1,
                    _ => out.push_str("&lt;"),
                }
            }
            b'>' => out.push_str("&gt;"),
            _ => out.push_str("&amp;"),
        }
        i = skip_to;
        copied = skip_to;
    }
    out.push_str(&line[copied..]);
}

/// `font`, `/font` or `font` with attributes, in any case.
fn is_font_tag(inside: &str) -> bool {
    let name = inside.strip_prefix('/').unwrap_or(inside);
    name.get(..4).is_some_and(|n| n.eq_ignore_ascii_case("font"))
        && name[4..].chars().next().is_none_or(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vtt_sits_next_to_the_srt() {
        assert_eq!(vtt_url("/nl/uitleg.srt").as_deref(), Some("/nl/uitleg.vtt"));
        assert_eq!(vtt_url("/nl/UITLEG.SRT").as_deref(), Some("/nl/UITLEG.vtt"));
        assert_eq!(vtt_url("/nl/uitleg.vtt"), None);
        assert_eq!(vtt_url("é"), None);
    }

    #[test]
    fn a_well_formed_file_becomes_webvtt() {
        let srt = "\u{feff}1\r\n00:00:01,000 --> 00:00:04,500\r\nWelkom bij het loket.\r\n\r\n2\n00:01:02.250 --> 01:00:00,000 X1:10 X2:20\nTwee\nregels\n\n\n";
        let vtt = srt_to_vtt(srt).unwrap();
        assert_eq!(
            vtt,
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\nWelkom bij het loket.\n\n2\n00:01:02.250 --> 01:00:00.000\nTwee\nregels\n"
        );
    }

    #[test]
    fn markup_is_kept_only_for_italic_bold_and_underline() {
        let mut out = String::new();
        cue_text("<I>ja</i> é<é <font color=\"red\">rood</font> <script>x</script> a --> b & <c.x> <3", &mut out);
        assert_eq!(out, "<i>ja</i> é&lt;é rood &lt;script&gt;x&lt;/script&gt; a --&gt; b &amp; &lt;c.x&gt; &lt;3");
    }

    #[test]
    fn mistakes_name_their_line() {
        let line = |srt: &str| srt_to_vtt(srt).unwrap_err();
        let p = line("1\n00:00:01,000 --> 00:00:02,000\nA\n\nB\n00:00:03,000 --> 00:00:04,000\nB\n");
        assert_eq!((p.line, p.message.id()), (5, "captions-srt-number"));
        let p = line("1\n00:00:01,000 -> 00:00:02,000\nA\n");
        assert_eq!((p.line, p.message.id()), (2, "captions-srt-timing"));
        let p = line("1\n00:00:01,000 --> 00:00:61,000\nA\n");
        assert_eq!((p.line, p.message.id()), (2, "captions-srt-timing"));
        let p = line("1\n00:00:05,000 --> 00:00:02,000\nA\n");
        assert_eq!((p.line, p.message.id()), (2, "captions-srt-order"));
        let p = line("1\n00:00:01,000 --> 00:00:02,000\n\n");
        assert_eq!((p.line, p.message.id()), (2, "captions-srt-no-text"));
        let p = line("1\n");
        assert_eq!((p.line, p.message.id()), (1, "captions-srt-no-timing"));
        assert_eq!(line("\n\n").message.id(), "captions-srt-empty");
    }

    #[test]
    fn many_unclosed_brackets_stay_linear() {
        let srt = format!("1\n00:00:01,000 --> 00:00:02,000\n{}\n", "<font".repeat(200_000));
        let started = std::time::Instant::now();
        let vtt = srt_to_vtt(&srt).unwrap();
        assert!(vtt.contains("&lt;font&lt;font"));
        assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
    }
}
