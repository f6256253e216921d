//! A small JSON Schema checker for the keywords `docs/schema.v1.json` uses
//! (`$ref` to local definitions, `type`, `required`, `properties`,
//! `additionalProperties`, `items`, `enum`, `minimum`, `minLength`, `minItems`
//! and `format: date`), so a test can hold the built files to the schema.
//! Keywords it does not know (such as `pattern`) are not checked.

use needledrop_core::Date;
use serde_json::Value;

/// Every place where `value` breaks the schema at `pointer` (`#/$defs/index`).
pub fn check(root: &Value, pointer: &str, value: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    match resolve(root, pointer) {
        Some(schema) => check_value(root, schema, value, "$", &mut problems),
        None => problems.push(format!("the schema has no {pointer}")),
    }
    problems
}

fn resolve<'a>(root: &'a Value, pointer: &str) -> Option<&'a Value> {
    root.pointer(pointer.strip_prefix('#')?)
}

fn type_matches(name: &str, value: &Value) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        _ => false,
    }
}

fn check_value(
    root: &Value,
    schema: &Value,
    value: &Value,
    path: &str,
    problems: &mut Vec<String>,
) {
    if let Some(pointer) = schema.get("$ref").and_then(Value::as_str) {
        match resolve(root, pointer) {
            Some(target) => check_value(root, target, value, path, problems),
            None => problems.push(format!("{path}: unresolved {pointer}")),
        }
        return;
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(name)) => vec![name],
        Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !types.is_empty() && !types.iter().any(|name| type_matches(name, value)) {
        problems.push(format!("{path}: expected {}", types.join(" or ")));
        return;
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            problems.push(format!("{path}: {value} is not one of {options:?}"));
        }
    }
    if let (Some(minimum), Some(number)) = (
        schema.get("minimum").and_then(Value::as_f64),
        value.as_f64(),
    ) {
        if number < minimum {
            problems.push(format!("{path}: {number} is below {minimum}"));
        }
    }
    if let Some(text) = value.as_str() {
        let shortest = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0);
        if (text.chars().count() as u64) < shortest {
            problems.push(format!("{path}: shorter than {shortest}"));
        }
        if schema.get("format").and_then(Value::as_str) == Some("date")
            && Date::parse_iso(text).is_err()
        {
            problems.push(format!("{path}: \"{text}\" is not a date"));
        }
    }
    if let Some(items) = value.as_array() {
        let fewest = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        if (items.len() as u64) < fewest {
            problems.push(format!("{path}: fewer than {fewest} items"));
        }
        if let Some(item_schema) = schema.get("items") {
            for (index, item) in items.iter().enumerate() {
                check_value(
                    root,
                    item_schema,
                    item,
                    &format!("{path}[{index}]"),
                    problems,
                );
            }
        }
    }
    if let Some(object) = value.as_object() {
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(name) {
                problems.push(format!("{path}: missing {name}"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, member) in object {
            let member_path = format!("{path}.{name}");
            match properties.and_then(|known| known.get(name)) {
                Some(member_schema) => {
                    check_value(root, member_schema, member, &member_path, problems)
                }
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => {
                        problems.push(format!("{member_path}: not allowed"))
                    }
                    Some(extra) if extra.is_object() => {
                        check_value(root, extra, member, &member_path, problems)
                    }
                    _ => {}
                },
            }
        }
    }
}
