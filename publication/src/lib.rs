//! The files of a release (see README.md). Pure functions over the stored rows: no database
//! access, no keys other than the one passed in to sign.
//!
//! # Error policy
//!
//! [`PublicationError`] names the file or check that failed; messages hold no cell values.

use std::io::{Cursor, Read, Write};

use envelope::keys::{SigningKey, SigningPublicKey};
use sha2::{Digest, Sha256};
use storage::releases::{Release, ReleaseCell, ReleaseTable};

pub const CHECKSUMS: &str = "SHA256SUMS";
pub const SIGNATURE: &str = "SHA256SUMS.sig";
pub const METHODOLOGY: &str = "methodology.json";

#[derive(Debug, thiserror::Error)]
pub enum PublicationError {
    #[error("the stored methodology is not valid JSON")]
    Methodology,
    #[error("could not write {0}")]
    Write(String),
    #[error("not a readable release archive: {0}")]
    Archive(String),
    #[error("the archive has no {0}")]
    Missing(&'static str),
    #[error("the signature over SHA256SUMS does not verify with release key {0}")]
    BadSignature(String),
    #[error("{0} does not match its checksum")]
    Mismatch(String),
    #[error("{0} is in the archive but not in SHA256SUMS")]
    Unlisted(String),
    #[error("{0} is listed in SHA256SUMS but missing from the archive")]
    Absent(String),
    #[error("signing failed")]
    Sign,
}

pub type Result<T, E = PublicationError> = std::result::Result<T, E>;

/// One published file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The dimension names of a cell key (`member_state=DE;sector=C`), in order.
pub fn key_dims(key: &str) -> Vec<&str> {
    key_pairs(key).map(|(d, _)| d).collect()
}

/// The codes of a cell key, in order.
pub fn key_codes(key: &str) -> Vec<&str> {
    key_pairs(key).map(|(_, c)| c).collect()
}

fn key_pairs(key: &str) -> impl Iterator<Item = (&str, &str)> {
    key.split(';')
        .filter(move |_| key != "total")
        .filter_map(|p| p.split_once('='))
}

/// The CSV of one table. Rows are sorted by cell key (bytewise), whatever order `cells` is in.
pub fn table_csv(release: &Release, table: &str, cells: &[&ReleaseCell]) -> Result<Vec<u8>> {
    let mut rows: Vec<&&ReleaseCell> = cells.iter().filter(|c| c.table_name == table).collect();
    rows.sort_by(|a, b| a.cell_key.as_bytes().cmp(b.cell_key.as_bytes()));
    let err = |_| PublicationError::Write(format!("{table}.csv"));
    let mut w = csv::Writer::from_writer(Vec::new());
    let dims = rows
        .first()
        .map(|c| key_dims(&c.cell_key))
        .unwrap_or_default();
    let mut header = vec!["release", "period", "table"];
    header.extend(dims.iter().copied());
    header.extend(["value", "raw_noisy", "ci_low", "ci_high"]);
    w.write_record(&header).map_err(err)?;
    for c in rows {
        let mut rec: Vec<String> = vec![
            release.id.clone(),
            release.period.clone(),
            table.to_string(),
        ];
        rec.extend(key_codes(&c.cell_key).into_iter().map(str::to_string));
        rec.push(c.value.to_string());
        rec.push(format!("{:.3}", c.raw_noisy));
        rec.push(format!("{:.3}", c.ci_low));
        rec.push(format!("{:.3}", c.ci_high));
        w.write_record(&rec).map_err(err)?;
    }
    w.into_inner()
        .map_err(|_| PublicationError::Write(format!("{table}.csv")))
}

/// `methodology.json`, pretty-printed from the stored document.
pub fn methodology_json(release: &Release) -> Result<Vec<u8>> {
    let doc: serde_json::Value =
        serde_json::from_str(&release.methodology).map_err(|_| PublicationError::Methodology)?;
    let mut text = serde_json::to_string_pretty(&doc).map_err(|_| PublicationError::Methodology)?;
    text.push('\n');
    Ok(text.into_bytes())
}

/// The data files of a release (CSV per table, then the methodology), sorted by name.
pub fn data_files(
    release: &Release,
    tables: &[ReleaseTable],
    cells: &[ReleaseCell],
) -> Result<Vec<File>> {
    let refs: Vec<&ReleaseCell> = cells.iter().collect();
    let mut files = tables
        .iter()
        .map(|t| {
            Ok(File {
                name: format!("{}.csv", t.name),
                bytes: table_csv(release, &t.name, &refs)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    files.push(File {
        name: METHODOLOGY.to_string(),
        bytes: methodology_json(release)?,
    });
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

fn sha256_hex(bytes: &[u8]) -> String {
    envelope::hex(&Sha256::digest(bytes))
}

/// `SHA256SUMS` of `files` (`<hex>  <name>` lines, sorted by name, as `sha256sum` prints).
pub fn checksums(files: &[File]) -> String {
    let mut lines: Vec<String> = files
        .iter()
        .map(|f| format!("{}  {}\n", sha256_hex(&f.bytes), f.name))
        .collect();
    lines.sort_by(|a, b| a[66..].cmp(&b[66..]));
    lines.concat()
}

/// The release key: derived from the anonymizer's private key, so only the anonymizer signs.
pub fn release_signing_key(anonymizer_secret: &[u8; 32]) -> SigningKey {
    let mut material = Vec::with_capacity(64);
    material.extend_from_slice(b"tss/release-signing/v1");
    material.extend_from_slice(anonymizer_secret);
    let seed = envelope::token::blake2b_256(&material);
    material.iter_mut().for_each(|b| *b = 0);
    SigningKey::from_seed(seed)
}

pub fn sign(checksums: &str, key: &SigningKey) -> Result<[u8; 64]> {
    key.sign(checksums.as_bytes())
        .map_err(|_| PublicationError::Sign)
}

/// All files of a release as published: data files, `SHA256SUMS` and its signature.
pub fn all_files(
    release: &Release,
    tables: &[ReleaseTable],
    cells: &[ReleaseCell],
) -> Result<Vec<File>> {
    let mut files = data_files(release, tables, cells)?;
    files.push(File {
        name: CHECKSUMS.to_string(),
        bytes: release.checksums.as_bytes().to_vec(),
    });
    files.push(File {
        name: SIGNATURE.to_string(),
        bytes: release.signature.clone(),
    });
    Ok(files)
}

/// The release archive (stored entries) holding [`all_files`] under `<release id>/`.
pub fn archive(release: &Release, files: &[File]) -> Result<Vec<u8>> {
    let err =
        |e: zip::result::ZipError| PublicationError::Write(format!("{}.zip: {e}", release.id));
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    for f in files {
        zip.start_file(format!("{}/{}", release.id, f.name), options)
            .map_err(err)?;
        zip.write_all(&f.bytes)
            .map_err(|_| PublicationError::Write(f.name.clone()))?;
    }
    Ok(zip.finish().map_err(err)?.into_inner())
}

/// The release id an archive names (its entries sit under `<release id>/`), so a verifier can
/// look the release's key up. Says nothing about authenticity: verify with [`verify_archive`].
pub fn archive_release_id(bytes: &[u8]) -> Result<String> {
    let bad = |e: zip::result::ZipError| PublicationError::Archive(e.to_string());
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(bad)?;
    let first = zip
        .file_names()
        .next()
        .ok_or(PublicationError::Missing(CHECKSUMS))?
        .map_err(bad)?;
    match first.split_once('/') {
        Some((id, _)) if !id.is_empty() => Ok(id.to_string()),
        _ => Err(PublicationError::Archive(
            "entries are not under a release folder".into(),
        )),
    }
}

/// Verifies an archive with the release key; returns the names of the verified data files.
pub fn verify_archive(bytes: &[u8], key: &SigningPublicKey) -> Result<Vec<String>> {
    let bad = |e: zip::result::ZipError| PublicationError::Archive(e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(bad)?;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(bad)?;
        let full = entry.name().map_err(bad)?.to_string();
        let name = full.rsplit('/').next().unwrap_or_default().to_string();
        let mut data = Vec::new();
        entry
            .read_to_end(&mut data)
            .map_err(|e| PublicationError::Archive(format!("{name}: {e}")))?;
        files.push((name, data));
    }
    let find = |n: &str| {
        files
            .iter()
            .find(|(name, _)| name == n)
            .map(|(_, d)| d.clone())
    };
    let sums = find(CHECKSUMS).ok_or(PublicationError::Missing(CHECKSUMS))?;
    let sig = find(SIGNATURE).ok_or(PublicationError::Missing(SIGNATURE))?;
    let sig: [u8; 64] = sig
        .as_slice()
        .try_into()
        .map_err(|_| PublicationError::BadSignature(key.fingerprint()))?;
    if !key.verify(&sums, &sig) {
        return Err(PublicationError::BadSignature(key.fingerprint()));
    }
    let sums = String::from_utf8(sums).map_err(|_| PublicationError::Mismatch(CHECKSUMS.into()))?;
    let mut listed = Vec::new();
    for line in sums.lines() {
        let (hex, name) = line
            .split_once("  ")
            .ok_or_else(|| PublicationError::Mismatch(CHECKSUMS.into()))?;
        let data = find(name).ok_or_else(|| PublicationError::Absent(name.to_string()))?;
        if sha256_hex(&data) != hex {
            return Err(PublicationError::Mismatch(name.to_string()));
        }
        listed.push(name.to_string());
    }
    for (name, _) in &files {
        if name != CHECKSUMS && name != SIGNATURE && !listed.contains(name) {
            return Err(PublicationError::Unlisted(name.clone()));
        }
    }
    Ok(listed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn release(checksums: String, signature: Vec<u8>, key: &SigningKey) -> Release {
        Release {
            id: "2026Q2-00000000".into(),
            period: "2026Q2".into(),
            created_at: 0,
            epsilon: 1.0,
            delta: 0.0,
            params_digest: vec![0; 32],
            methodology: r#"{"k":3}"#.into(),
            status: "published".into(),
            checksums,
            signature,
            signing_key: key.public_key().unwrap().0.to_vec(),
        }
    }

    fn cell(table: &str, key: &str, value: i64) -> ReleaseCell {
        ReleaseCell {
            release_id: "2026Q2-00000000".into(),
            table_name: table.into(),
            cell_key: key.into(),
            value,
            raw_noisy: value as f64 + 0.25,
            ci_low: value as f64 - 3.0,
            ci_high: value as f64 + 3.0,
        }
    }

    #[test]
    fn archive_verifies_and_any_changed_byte_is_caught() {
        let key = release_signing_key(&[7; 32]);
        let tables = vec![ReleaseTable {
            release_id: "2026Q2-00000000".into(),
            name: "count_sector".into(),
            mechanism: "m".into(),
            noise_scale: 1.0,
            epsilon: 0.5,
        }];
        let cells = vec![
            cell("count_sector", "sector=J", 4),
            cell("count_sector", "sector=C", 9),
        ];
        let draft = release(String::new(), Vec::new(), &key);
        let data = data_files(&draft, &tables, &cells).unwrap();
        let sums = checksums(&data);
        let sig = sign(&sums, &key).unwrap();
        let r = release(sums, sig.to_vec(), &key);
        let csv = String::from_utf8(data[0].bytes.clone()).unwrap();
        assert_eq!(
            csv,
            "release,period,table,sector,value,raw_noisy,ci_low,ci_high\n\
             2026Q2-00000000,2026Q2,count_sector,C,9,9.250,6.000,12.000\n\
             2026Q2-00000000,2026Q2,count_sector,J,4,4.250,1.000,7.000\n"
        );
        let zip = archive(&r, &all_files(&r, &tables, &cells).unwrap()).unwrap();
        let public = key.public_key().unwrap();
        assert_eq!(
            verify_archive(&zip, &public).unwrap(),
            vec![
                "count_sector.csv".to_string(),
                "methodology.json".to_string()
            ]
        );
        // Flip each byte of the CSV's content in turn: every change is refused.
        let start = zip.windows(7).position(|w| w == b"release").unwrap();
        for i in start..start + csv.len() {
            let mut bad = zip.clone();
            bad[i] ^= 0x01;
            assert!(
                verify_archive(&bad, &public).is_err(),
                "byte {i} changed unnoticed"
            );
        }
        let other = release_signing_key(&[8; 32]).public_key().unwrap();
        assert!(matches!(
            verify_archive(&zip, &other),
            Err(PublicationError::BadSignature(_))
        ));
    }
}
