// Wrapper module for the alicloud provider plugin (see main.go). The
// requirement on github.com/pulumi/pulumi-alicloud/provider/v3 and the
// provider's replace directives are added by scripts/pulumi-toolchain.sh in
// its build directory (they depend on the pinned provider commit), so this
// file only names the module. No go.sum is committed: the provider module is
// not served by the Go module proxy reachable from this project's machines.
module github.com/us-person-data-guard/toolchain/pulumi-resource-alicloud

go 1.26.6
