import Foundation
@testable import HireKitRoles

/// A complete, valid role file; tests change one thing in it to provoke one error.
func roleYAML(id: String = "cashier", title: String = "Cashier", advancement: [String] = [], extra: String = "") -> String {
    """
    id: \(id)
    title: \(title)
    department: Retail
    track: frontline
    summary: Runs the checkout and sends shoppers off happy.
    industries: [Retail]
    responsibilities:
      - Take payment and give accurate change.
    skills:
      required:
        - name: Cash handling
          synonyms: [cash register, balanced cash drawer]
          knockout: true
      preferred:
        - name: POS systems
          synonyms: [point of sale]
    education:
      minimum: none
    experience:
      minimum_years: 0
    advancement: [\(advancement.joined(separator: ", "))]
    employment:
      types: [PART_TIME]
      locations:
        - city: Portland
          region: OR
          country: US
    \(extra)
    """
}

/// A fresh folder of role files, removed when the value is released.
final class RoleFolder {
    let path: String

    init(_ files: [String: String]) throws {
        path = NSTemporaryDirectory() + "hirekit-roles-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The diagnostics loading this folder produces (empty when it loads).
    func diagnostics() -> [RoleDiagnostic] {
        do {
            _ = try RoleLoader().load(directory: path)
            return []
        } catch {
            return error.diagnostics
        }
    }
}
