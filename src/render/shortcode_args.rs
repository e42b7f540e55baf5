//! A shortcode call's arguments checked against its declaration and put in the template's
//! context: types, required arguments, links and files resolved to URLs, language tags.

use crate::markdown::shortcodes::{ArgSpec, ArgType, ArgValue, Call};
use crate::render::context::Expansion;
use crate::text;

/// The name in `names` nearest to `name`, if it is near enough to be a typo of it.
pub fn nearest<'a>(name: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    names.map(|n| (strsim::levenshtein(name, n), n)).filter(|(d, n)| *d <= 2.max(n.len() / 2)).min().map(|(_, n)| n)
}

/// An argument's value as the template sees it.
pub fn tera_value(value: &ArgValue) -> tera::Value {
    match value {
        ArgValue::Str(s) => tera::Value::from(s.as_str()),
        ArgValue::Int(n) => tera::Value::from(*n),
        ArgValue::Float(n) => tera::Value::from(*n),
        ArgValue::Bool(b) => tera::Value::from(*b),
    }
}

/// A BCP 47 language tag, well-formed (`en`, `fr-BE`, `sr-Latn`): `false` after a finding.
pub fn check_language(code: &str, at: usize, x: &mut Expansion<'_, '_>) -> bool {
    let well_formed = !code.is_empty()
        && !code.contains('_')
        && code.parse::<unic_langid::LanguageIdentifier>().is_ok_and(|id| {
            // BCP 47 reserves languages of 4 to 8 letters and registers none: `english` or
            // `engels` is a language's name, not its code.
            let language = id.language.as_str();
            language != "und" && (2..=3).contains(&language.len())
        });
    if !well_formed {
        x.problems.push(x.error(at, text!("sc-language-code", code = code)).with_hint(text!("sc-language-code-hint")));
    }
    well_formed
}

/// Checks a call's arguments against `specs` (`None`: anything goes) and puts them in the
/// context (links and files resolved to URLs). `false` when something was wrong.
pub fn check_args(
    call: &Call,
    specs: Option<&[ArgSpec]>,
    x: &mut Expansion<'_, '_>,
    context: &mut tera::Context,
) -> bool {
    let mut ok = true;
    let Some(specs) = specs else {
        for arg in &call.args {
            context.insert_value(arg.name.clone(), tera_value(&arg.value));
        }
        return true;
    };
    for arg in &call.args {
        let Some(spec) = specs.iter().find(|s| s.name == arg.name) else {
            let names: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
            let hint = match nearest(&arg.name, names.iter().copied()) {
                Some(near) => {
                    text!("sc-argument-nearest", nearest = near, name = &call.name, arguments = names.join(", "))
                }
                None if names.is_empty() => text!("sc-no-arguments", name = &call.name),
                None => text!("sc-arguments", name = &call.name, arguments = names.join(", ")),
            };
            x.problems.push(
                x.error(arg.name_at, text!("sc-unknown-argument", name = &call.name, argument = &arg.name))
                    .with_hint(hint),
            );
            ok = false;
            continue;
        };
        if !spec.ty.accepts(&arg.value) {
            let want = match spec.ty {
                ArgType::Number => "number",
                ArgType::Bool => "bool",
                _ => "text",
            };
            x.problems.push(
                x.error(
                    arg.value_at,
                    text!(
                        "sc-argument-type",
                        argument = &arg.name,
                        name = &call.name,
                        want = want,
                        given = arg.value.type_name()
                    ),
                )
                .with_hint(text!("sc-argument-type-hint", want = want, argument = &arg.name)),
            );
            ok = false;
            continue;
        }
        let value = match (&arg.value, spec.ty) {
            (ArgValue::Str(dest), ArgType::Link | ArgType::Image | ArgType::File) => {
                let (resolved, wrong) = x.resolve(dest, arg.value_at, spec.ty == ArgType::Image);
                if wrong {
                    ok = false;
                }
                let (url, hreflang) = resolved.unwrap_or_else(|| (dest.clone(), None));
                if let Some(lang) = hreflang {
                    context.insert(format!("{}_hreflang", arg.name), &lang);
                }
                tera::Value::from(url)
            }
            (ArgValue::Str(code), ArgType::Language) => {
                if !check_language(code, arg.value_at, x) {
                    ok = false;
                }
                tera::Value::from(code.as_str())
            }
            (value, _) => tera_value(value),
        };
        context.insert_value(arg.name.clone(), value);
    }
    for spec in specs.iter().filter(|s| s.required) {
        if call.arg(&spec.name).is_none() {
            x.problems.push(
                x.error(call.name_at, text!("sc-missing-argument", name = &call.name, argument = &spec.name))
                    .with_hint(text!("sc-missing-argument-hint", argument = &spec.name)),
            );
            ok = false;
        }
    }
    ok
}
