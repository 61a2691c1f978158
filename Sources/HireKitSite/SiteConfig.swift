import Foundation
import HireKitRoles
import Yams

/// Site-wide settings HR sets once, in `hirekit.yml` at the top of the project.
///
/// Every field has a default, so the shipped example site is complete without the file.
public struct SiteConfig: Sendable, Equatable, Codable {
    public var companyName: String
    /// Absolute URL the site is published under; used only where the web needs absolute links
    /// (sitemap, feed, JSON-LD, canonical). Pages link to each other relatively, so the site also
    /// works opened from disk and under any folder.
    public var baseURL: String
    public var logoPath: String?
    /// Picture shown when a page is shared (Open Graph / Twitter), relative to the site root or
    /// absolute; 1200×630 PNG or JPEG suits most networks.
    public var shareImage: String?
    public var applyURL: String?
    public var applyEmail: String?
    public var contactEmail: String
    public var equalOpportunity: String
    public var language: String

    public init(
        companyName: String = "Harbor & Pine",
        baseURL: String = "https://careers.harborandpine.example/",
        logoPath: String? = nil,
        shareImage: String? = nil,
        applyURL: String? = nil,
        applyEmail: String? = "careers@harborandpine.example",
        contactEmail: String = "careers@harborandpine.example",
        equalOpportunity: String = "Harbor & Pine is an equal opportunity employer. We welcome applicants of every background and consider all qualified applicants without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.",
        language: String = "en"
    ) {
        self.companyName = companyName
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.logoPath = logoPath; self.shareImage = shareImage; self.applyURL = applyURL; self.applyEmail = applyEmail
        self.contactEmail = contactEmail; self.equalOpportunity = equalOpportunity; self.language = language
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case companyName = "company_name", baseURL = "base_url", logoPath = "logo_path", shareImage = "share_image"
        case applyURL = "apply_url", applyEmail = "apply_email", contactEmail = "contact_email"
        case equalOpportunity = "equal_opportunity", language
    }

    public init(from decoder: Decoder) throws {
        let defaults = SiteConfig()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            companyName: try c.decodeIfPresent(String.self, forKey: .companyName) ?? defaults.companyName,
            baseURL: try c.decodeIfPresent(String.self, forKey: .baseURL) ?? defaults.baseURL,
            logoPath: try c.decodeIfPresent(String.self, forKey: .logoPath),
            shareImage: try c.decodeIfPresent(String.self, forKey: .shareImage),
            applyURL: try c.decodeIfPresent(String.self, forKey: .applyURL),
            applyEmail: try c.decodeIfPresent(String.self, forKey: .applyEmail) ?? defaults.applyEmail,
            contactEmail: try c.decodeIfPresent(String.self, forKey: .contactEmail) ?? defaults.contactEmail,
            equalOpportunity: try c.decodeIfPresent(String.self, forKey: .equalOpportunity) ?? defaults.equalOpportunity,
            language: try c.decodeIfPresent(String.self, forKey: .language) ?? defaults.language
        )
    }

    /// Reads `path`; a missing file means the defaults. Unknown keys are errors (likely typos).
    public static func load(path: String) throws(SiteError) -> SiteConfig {
        guard let data = FileManager.default.contents(atPath: path) else { return SiteConfig() }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidConfig(path: path, line: nil, detail: "the file is not UTF-8 text")
        }
        do {
            if let node = try Yams.compose(yaml: text), let mapping = node.mapping {
                let known = CodingKeys.allCases.map(\.rawValue)
                for key in mapping.keys {
                    guard let name = key.string, !known.contains(name) else { continue }
                    throw SiteError.invalidConfig(path: path, line: key.mark?.line,
                        detail: "unknown key '\(name)'; known keys: \(known.joined(separator: ", "))")
                }
            }
            let config = try YAMLDecoder().decode(SiteConfig.self, from: text)
            guard URL(string: config.baseURL)?.scheme?.hasPrefix("http") == true else {
                throw SiteError.invalidConfig(path: path, line: nil, detail: "base_url '\(config.baseURL)' is not an http(s) URL")
            }
            return config
        } catch let error as SiteError {
            throw error
        } catch {
            throw .invalidConfig(path: path, line: nil, detail: "\(error)")
        }
    }

    func absoluteURL(_ relativePath: String) -> String { baseURL + relativePath }

    /// Paths in the configuration may be relative to the site root or already absolute.
    func absoluteURL(orAsIs path: String) -> String { Self.isAbsolute(path) ? path : absoluteURL(path) }

    static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("https://") || path.hasPrefix("http://") }
}
