/* The explorer page's script (plain browser JavaScript, served as a file: the page's CSP allows no inline script). */
/* global window, document, fetch, sessionStorage, React, ReactDOM, GraphiQL */
(function () {
  "use strict";
  const settings = JSON.parse(document.getElementById("cdo-explorer-settings").textContent);
  const TOKEN_KEY = "cdo-explorer-token";
  // The page is served at the endpoint itself (/graphql, or under a proxy's path prefix).
  const endpoint = window.location.pathname;
  const form = document.getElementById("cdo-sign-in");
  const status = document.getElementById("cdo-status");
  const signOutButton = document.getElementById("cdo-sign-out");
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  // The token lives for this browser tab only (sessionStorage), never in GraphiQL's persisted storage.
  let session = JSON.parse(sessionStorage.getItem(TOKEN_KEY) || "null");

  const headersText = () => {
    const headers = { "Accept-Language": settings.locale };
    if (session) headers.Authorization = "Bearer " + session.accessToken;
    return JSON.stringify(headers, null, 2);
  };

  /** GraphiQL's fetcher: a JSON POST with the headers editor's headers. */
  const fetcher = async (params, options) => {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...(options && options.headers) },
      body: JSON.stringify(params),
    });
    return response.json();
  };

  const render = () => {
    root.render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: settings.defaultQuery,
        headers: headersText(),
        defaultEditorToolsVisibility: "headers",
        shouldPersistHeaders: false,
      }),
    );
    signOutButton.hidden = !session;
  };

  const say = (message, isError) => {
    status.textContent = message;
    status.className = isError ? "cdo-error" : "";
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const username = form.elements.username.value;
    const password = form.elements.password.value;
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": settings.locale },
        body: JSON.stringify({
          operationName: "SignIn",
          query: "mutation SignIn($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken expiresAt } }",
          variables: { username, password },
        }),
      });
      const body = await response.json();
      const login = body.data && body.data.login;
      if (!login) return say(settings.texts.signInFailed + ((body.errors && body.errors[0] && body.errors[0].message) || response.status), true);
      session = { username, accessToken: login.accessToken, expiresAt: login.expiresAt };
      sessionStorage.setItem(TOKEN_KEY, JSON.stringify(session));
      form.elements.password.value = "";
      say(settings.texts.signedIn.replace("{username}", username).replace("{expiresAt}", new Date(login.expiresAt).toLocaleString(settings.locale)));
      render();
    } catch (error) {
      say(settings.texts.signInFailed + error.message, true);
    }
  });

  signOutButton.addEventListener("click", () => {
    session = null;
    sessionStorage.removeItem(TOKEN_KEY);
    say(settings.texts.signedOut);
    render();
  });

  if (settings.defaultUsername && !form.elements.username.value) form.elements.username.value = settings.defaultUsername;
  render();
})();
