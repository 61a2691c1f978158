import Testing
@testable import HireKitRoles

@Suite("Peer roles on a career track")
struct RoleCatalogPeersTests {
    private func role(_ id: String, _ title: String, track: String, alsoKnownAs: [String] = []) throws -> Role {
        let folder = try RoleFolder(["\(id).yml": roleYAML(id: id, title: title)
            .replacingOccurrences(of: "track: frontline", with: "track: \(track)")
            .replacingOccurrences(of: "industries:", with: "also_known_as: [\(alsoKnownAs.joined(separator: ", "))]\nindustries:")])
        return try RoleLoader().load(directory: folder.path).roles[0]
    }

    @Test func peersAreTheOtherRolesOnTheSameTrack() throws {
        let catalog = try RoleCatalog(validating: [
            role("cashier", "Cashier", track: "frontline"),
            role("greeter", "Greeter", track: "frontline", alsoKnownAs: ["Lobby Attendant"]),
            role("head-cashier", "Head Cashier", track: "supervision"),
        ])
        let cashier = try #require(catalog.role(id: "cashier"))
        #expect(catalog.peers(of: cashier).map(\.id) == ["greeter"])
        #expect(catalog.peerTitles(of: cashier) == ["Greeter", "Lobby Attendant"])
    }
}
