import ArgumentParser
import HireKitSite

/// Where the role definitions, templates and site configuration live.
struct ProjectOptions: ParsableArguments {
    @Option(help: "Folder of role definition files (.yml).")
    var roles = "Roles"

    @Option(help: "Folder of Mustache templates.")
    var templates = "Templates"

    @Option(help: "Site configuration file; defaults apply when it is absent.")
    var config = "hirekit.yml"

    @Option(help: "Absolute URL the site is published under (overrides base_url in the configuration).")
    var baseURL: String?

    var inputs: SiteBuild.Inputs {
        SiteBuild.Inputs(rolesDirectory: roles, templatesDirectory: templates, configPath: config, baseURL: baseURL)
    }
}
