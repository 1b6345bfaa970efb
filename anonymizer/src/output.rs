//! `--out DIR`: a release as files, rendered by the `publication` crate from the stored rows,
//! so they are byte for byte what the portal serves: one CSV per table, `methodology.json`,
//! `SHA256SUMS`, `SHA256SUMS.sig` and the archive `<release id>.zip`. Written to a temporary
//! directory beside the target and renamed into place: a failure leaves no partial release.

use std::fs;
use std::path::{Path, PathBuf};

use storage::releases::{self, Release};
use storage::Database;

use crate::error::{AnonError, Result};

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> AnonError + '_ {
    move |source| AnonError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes the release into `dir/<release id>/`; returns that directory.
pub fn write(db: &Database, release: &Release, dir: &Path) -> Result<PathBuf> {
    let mut conn = db.conn()?;
    let tables = releases::release_tables(&mut conn, &release.id)?;
    let cells = releases::release_cells(&mut conn, &release.id, None)?;
    drop(conn);
    let publish = |e: publication::PublicationError| AnonError::Config(e.to_string());
    let files = publication::all_files(release, &tables, &cells).map_err(publish)?;
    let zip = publication::archive(release, &files).map_err(publish)?;

    fs::create_dir_all(dir).map_err(io(dir))?;
    let target = dir.join(&release.id);
    let staging = dir.join(format!(".{}.partial", release.id));
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    fs::create_dir(&staging).map_err(io(&staging))?;
    let result = (|| {
        for f in &files {
            let path = staging.join(&f.name);
            fs::write(&path, &f.bytes).map_err(io(&path))?;
        }
        let path = staging.join(format!("{}.zip", release.id));
        fs::write(&path, &zip).map_err(io(&path))?;
        if target.exists() {
            fs::remove_dir_all(&target).map_err(io(&target))?;
        }
        fs::rename(&staging, &target).map_err(io(&target))
    })();
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result.map(|()| target)
}
