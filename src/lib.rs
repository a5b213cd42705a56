//! okrbook turns a folder of OKRs and CX principles, written as Markdown with YAML front
//! matter, into a checked and cross-linked handbook.
//!
//! The flow is `load` (walk + front matter) → `model` (typed, resolved, progress computed)
//! → `lint` (one unit per rule id) → `report` (human, json, github, sarif, markdown).

#[macro_use]
pub mod lang;

pub mod check;
pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod fields;
pub mod git;
pub mod html;
pub mod init;
pub mod links;
pub mod lint;
pub mod load;
pub mod model;
pub mod progress;
pub mod report;
pub mod serve;
pub mod site;
pub mod timings;
pub mod yaml;
