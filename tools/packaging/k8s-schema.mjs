// Validates a kustomize base without a cluster: every file the kustomization lists exists, every object in them
// validates against the Kubernetes OpenAPI schemas bundled in kubernetes-models, and the objects fit together
// (selectors match pod labels, Services and the autoscaler name what exists, env sources name a ConfigMap or Secret
// of the base). Usage: node k8s-schema.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const base = process.argv[2];
const kustomization = YAML.parse(fs.readFileSync(path.join(base, 'kustomization.yaml'), 'utf8'));
const problems = [];
const objects = [];
for (const file of kustomization.resources ?? []) {
  const full = path.join(base, file);
  if (!fs.existsSync(full)) { problems.push(`${file}: listed in kustomization.yaml but missing`); continue; }
  for (const document of YAML.parseAllDocuments(fs.readFileSync(full, 'utf8'))) {
    if (document.errors.length > 0) { problems.push(`${file}: ${document.errors[0].message}`); continue; }
    const object = document.toJS();
    if (object) objects.push({ file, object });
  }
}

for (const { file, object } of objects) {
  const where = `${file}: ${object.kind}/${object.metadata?.name}`;
  let model;
  try {
    model = (await import(`kubernetes-models/${object.apiVersion}`))[object.kind];
  } catch {
    model = undefined;
  }
  if (!model) { problems.push(`${where}: no schema for ${object.apiVersion} ${object.kind}`); continue; }
  try {
    new model(object).validate();
  } catch (error) {
    problems.push(`${where}: ${error.message}`);
  }
}

const named = (kind, name) => objects.some(({ object }) => object.kind === kind && object.metadata?.name === name);
const workloads = objects.filter(({ object }) => ['Deployment', 'StatefulSet'].includes(object.kind));
for (const { file, object } of workloads) {
  const where = `${file}: ${object.kind}/${object.metadata.name}`;
  const labels = object.spec.template.metadata?.labels ?? {};
  for (const [key, value] of Object.entries(object.spec.selector.matchLabels ?? {})) {
    if (labels[key] !== value) problems.push(`${where}: selector ${key}=${value} does not match the pod labels`);
  }
  for (const container of object.spec.template.spec.containers) {
    for (const source of container.envFrom ?? []) {
      if (source.configMapRef && !named('ConfigMap', source.configMapRef.name)) problems.push(`${where}: no ConfigMap ${source.configMapRef.name}`);
      if (source.secretRef && !named('Secret', source.secretRef.name)) problems.push(`${where}: no Secret ${source.secretRef.name}`);
    }
  }
}
for (const { file, object } of objects.filter(({ object }) => object.kind === 'Service')) {
  const selector = Object.entries(object.spec.selector ?? {});
  const served = workloads.some(({ object: w }) => selector.every(([k, v]) => w.spec.template.metadata?.labels?.[k] === v));
  if (!served) problems.push(`${file}: Service/${object.metadata.name} selects no pods of the base`);
}
for (const { file, object } of objects.filter(({ object }) => object.kind === 'HorizontalPodAutoscaler')) {
  const target = object.spec.scaleTargetRef;
  if (!named(target.kind, target.name)) problems.push(`${file}: HorizontalPodAutoscaler/${object.metadata.name} scales a missing ${target.kind}/${target.name}`);
}

for (const problem of problems) console.error(problem);
console.log(`${base}: ${objects.length} objects, ${problems.length} problems`);
process.exit(problems.length > 0 ? 1 : 0);
