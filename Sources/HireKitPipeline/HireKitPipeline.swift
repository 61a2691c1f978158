/// HireKitPipeline owns the hiring round: who applied to which role, where each application
/// stands, what was said about it and every decision taken, kept in an embedded SQLite database.
///
/// The commands talk to a `PipelineStore`; `SQLitePipelineStore` is the one store today (GRDB on
/// the system's SQLite, WAL mode, one transaction per change, an append-only history, versioned
/// migrations). `PipelineImporter` reads CVs with HireKitCV and screens them with HireKitScreening
/// before they are stored; `PipelineReport` renders listings and candidate files for people and
/// for other tools. Personal data is erasable: `forget` and `purge` leave only an anonymous
/// history row.
import GRDB
