// Package pulumi is an empty placeholder: this module exists only to pin the
// Pulumi CLI (github.com/pulumi/pulumi/pkg/v3/cmd/pulumi, see the tool
// directive in go.mod) and its dependencies for scripts/pulumi-toolchain.sh.
package pulumi
