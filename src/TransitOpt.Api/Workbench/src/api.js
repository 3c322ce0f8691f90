// The API of the same origin: every request of the page goes through here.
const apiKeyStorage = 'transitopt.apiKey';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problemText(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

function problemText(status, problem) {
  if (!problem) {
    return `HTTP ${status}`;
  }

  const fields = Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join('; ')}`);
  return [problem.title, problem.detail, ...fields].filter(Boolean).join(' — ');
}

export function apiKey() {
  return sessionStorage.getItem(apiKeyStorage) ?? '';
}

export function setApiKey(key) {
  sessionStorage.setItem(apiKeyStorage, key);
}

async function send(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  if (method !== 'GET' && apiKey()) {
    headers['X-Api-Key'] = apiKey();
  }

  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }

  return { status: response.status, location: response.headers.get('Location'), body: json };
}

export const getJson = async (path) => (await send('GET', path)).body;
export const postJson = (path, body) => send('POST', path, body);
export const putJson = (path, body) => send('PUT', path, body);

/**
 * A plan or evaluation: answered at once (200) or accepted as a job (202 + Location), then long-polled until it ends;
 * onProgress gets each job status.
 */
export async function runJob(path, body, onProgress) {
  const accepted = await postJson(path, body);
  if (accepted.status !== 202) {
    return accepted.body;
  }

  let job = accepted.body;
  onProgress(job.status);
  while (job.status === 'queued' || job.status === 'running') {
    job = await getJson(`${accepted.location}?waitSeconds=20`);
    onProgress(job.status);
  }

  if (job.status !== 'succeeded') {
    throw new ApiError(500, { title: job.status, detail: job.error });
  }

  return job.kind === 'evaluation' ? job.comparison : job.result;
}
