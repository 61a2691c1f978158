/// Where parts of a role were written in its file, kept so that problems found only once all
/// roles are loaded (duplicate ids, dangling links, cycles) can still point at a line and column.
struct RolePositions: Sendable {
    var id: YAMLMark?
    var advancement: [YAMLMark?] = []
}
