// Command pulumi-resource-passthrough is a TEST resource provider of this
// project: a stand-in, not a real cloud provider.
//
// Why it exists: `pulumi preview` of examples/programs/alicloud-customer-data
// needs an `alicloud` resource provider plugin, and the real one cannot be
// built here: the Go module proxy refuses
// github.com/pulumi/pulumi-alicloud/provider/v3 (403 for every version). This
// binary speaks the resource provider protocol and passes inputs through:
// Check echoes the program's inputs, Create/Update return them as outputs
// (preview: id ""; update: id "<name>-<hash>"), CheckConfig/Configure accept
// any provider config. It calls no cloud API.
//
// What that means for the tests: a policy pack sees exactly what the engine
// sends it (the program's inputs plus the provider config from stack config),
// which is what the end-to-end tests exercise. What the real provider would
// add is NOT exercised: input normalisation and defaults (e.g. region values
// filled in from the environment), computed outputs, schema validation.
//
// One binary serves any package: the package name is taken from the basename
// of argv[0], `pulumi-resource-<pkg>` (scripts/pulumi-toolchain.sh
// test-providers installs copies named pulumi-resource-alicloud). The version
// reported by GetPluginInfo/GetSchema is stamped with
// -ldflags "-X main.version=..." and can be overridden with
// PULUMI_PASSTHROUGH_VERSION.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pulumi/pulumi/sdk/v3/go/common/resource"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/provider"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/structpb"
)

// version is stamped by scripts/pulumi-toolchain.sh with -ldflags -X.
var version = "0.0.0-dev"

// packageName derives the Pulumi package from argv[0]: pulumi-resource-<pkg>.
func packageName() string {
	base := filepath.Base(os.Args[0])
	base = strings.TrimSuffix(base, filepath.Ext(base)) // .exe
	if name, ok := strings.CutPrefix(base, "pulumi-resource-"); ok && name != "" {
		return name
	}
	return "passthrough"
}

func pluginVersion() string {
	if v := os.Getenv("PULUMI_PASSTHROUGH_VERSION"); v != "" {
		return strings.TrimPrefix(v, "v")
	}
	return version
}

type passthrough struct {
	pulumirpc.UnimplementedResourceProviderServer
	name    string
	version string
}

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "--version", "-version", "version":
			fmt.Println(pluginVersion())
			return
		}
	}
	p := &passthrough{name: packageName(), version: pluginVersion()}
	if err := provider.Main(p.name, func(*provider.HostClient) (pulumirpc.ResourceProviderServer, error) {
		return p, nil
	}); err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-resource-%s (passthrough test provider): %v\n", p.name, err)
		os.Exit(1)
	}
}

func (p *passthrough) Handshake(context.Context, *pulumirpc.ProviderHandshakeRequest) (*pulumirpc.ProviderHandshakeResponse, error) {
	return &pulumirpc.ProviderHandshakeResponse{AcceptSecrets: true, AcceptResources: true}, nil
}

func (p *passthrough) GetPluginInfo(context.Context, *emptypb.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: p.version}, nil
}

// GetSchema answers a minimal package schema: no resources are declared, the
// engine does not need them for preview/update.
func (p *passthrough) GetSchema(context.Context, *pulumirpc.GetSchemaRequest) (*pulumirpc.GetSchemaResponse, error) {
	b, err := json.Marshal(map[string]string{"name": p.name, "version": p.version})
	if err != nil {
		return nil, err
	}
	return &pulumirpc.GetSchemaResponse{Schema: string(b)}, nil
}

func (p *passthrough) CheckConfig(_ context.Context, req *pulumirpc.CheckRequest) (*pulumirpc.CheckResponse, error) {
	return &pulumirpc.CheckResponse{Inputs: req.GetNews()}, nil
}

func (p *passthrough) DiffConfig(context.Context, *pulumirpc.DiffRequest) (*pulumirpc.DiffResponse, error) {
	return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_NONE}, nil
}

func (p *passthrough) Configure(context.Context, *pulumirpc.ConfigureRequest) (*pulumirpc.ConfigureResponse, error) {
	return &pulumirpc.ConfigureResponse{AcceptSecrets: true, AcceptResources: true, SupportsPreview: true}, nil
}

func (p *passthrough) Check(_ context.Context, req *pulumirpc.CheckRequest) (*pulumirpc.CheckResponse, error) {
	return &pulumirpc.CheckResponse{Inputs: req.GetNews()}, nil
}

// Diff reports an in-place update of every top-level key whose value changed
// (no replacements: this provider has no notion of immutable properties).
func (p *passthrough) Diff(_ context.Context, req *pulumirpc.DiffRequest) (*pulumirpc.DiffResponse, error) {
	olds := req.GetOldInputs()
	if olds == nil {
		olds = req.GetOlds()
	}
	news := req.GetNews()
	if proto.Equal(nonNil(olds), nonNil(news)) {
		return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_NONE}, nil
	}
	var diffs []string
	o, n := nonNil(olds).GetFields(), nonNil(news).GetFields()
	for k, nv := range n {
		if ov, ok := o[k]; !ok || !proto.Equal(ov, nv) {
			diffs = append(diffs, k)
		}
	}
	for k := range o {
		if _, ok := n[k]; !ok {
			diffs = append(diffs, k)
		}
	}
	return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_SOME, Diffs: diffs}, nil
}

func (p *passthrough) Create(_ context.Context, req *pulumirpc.CreateRequest) (*pulumirpc.CreateResponse, error) {
	props := nonNil(req.GetProperties())
	if req.GetPreview() {
		return &pulumirpc.CreateResponse{Id: "", Properties: props}, nil
	}
	return &pulumirpc.CreateResponse{Id: fakeID(req.GetUrn()), Properties: props}, nil
}

// Read returns what the engine already knows (state or inputs): there is no
// cloud to read from.
func (p *passthrough) Read(_ context.Context, req *pulumirpc.ReadRequest) (*pulumirpc.ReadResponse, error) {
	props := req.GetProperties()
	if props == nil {
		props = req.GetInputs()
	}
	return &pulumirpc.ReadResponse{Id: req.GetId(), Properties: nonNil(props), Inputs: req.GetInputs()}, nil
}

func (p *passthrough) Update(_ context.Context, req *pulumirpc.UpdateRequest) (*pulumirpc.UpdateResponse, error) {
	return &pulumirpc.UpdateResponse{Properties: nonNil(req.GetNews())}, nil
}

func (p *passthrough) Delete(context.Context, *pulumirpc.DeleteRequest) (*emptypb.Empty, error) {
	return &emptypb.Empty{}, nil
}

func (p *passthrough) Cancel(context.Context, *emptypb.Empty) (*emptypb.Empty, error) {
	return &emptypb.Empty{}, nil
}

// fakeID is "<resource name>-<8 hex digits of the URN's hash>": stable per URN.
func fakeID(urn string) string {
	sum := sha256.Sum256([]byte(urn))
	name := "resource"
	if u, err := resource.ParseURN(urn); err == nil {
		name = u.Name()
	}
	return name + "-" + hex.EncodeToString(sum[:4])
}

func nonNil(s *structpb.Struct) *structpb.Struct {
	if s == nil {
		return &structpb.Struct{Fields: map[string]*structpb.Value{}}
	}
	return s
}
