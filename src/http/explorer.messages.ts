import { text } from "../common/i18n";

/** The query the editor opens with (its comments above it are in the page's language). */
const FIRST_QUERY = `query WhoAmIAndUnits {
  me { account { username } roles }
  units(first: 5) {
    totalCount
    edges { node { code name cdo { person { name } } } }
  }
}
`;

/** What the explorer page says, Chinese first (English for `Accept-Language: en`). */
export const ExplorerMessages = {
  title: text("天宁区首席数据官数据治理目录 · 接口查询台", "Tianning CDO data-governance catalog · API explorer"),
  loading: text("正在加载查询台……（无需连接互联网）", "Loading the explorer… (no internet needed)"),
  noScript: text("查询台需要启用 JavaScript。", "The explorer needs JavaScript."),
  username: text("用户名", "Username"),
  password: text("密码", "Password"),
  signIn: text("登录", "Sign in"),
  signOut: text("退出", "Sign out"),
  howToSignIn: text("如何登录", "How to sign in"),
  signInExplained: text(
    "除 login 与 me 外，每个查询都需要访问令牌。在此输入用户名和密码并点击“登录”：本页调用 login 变更取得 accessToken，并把它写入下方“请求头”（Headers）中的 Authorization: Bearer <令牌>。也可以自己运行 login 变更，再把令牌填入请求头。令牌到期（默认 1 小时）后重新登录即可。",
    "Every query but login and me needs an access token. Enter a username and password and press “Sign in”: the page runs the login mutation and puts its accessToken into the Headers editor below as Authorization: Bearer <token>. You may also run the login mutation yourself and paste the token into the headers. When the token expires (1 hour by default), sign in again.",
  ),
  demoAccounts: text("演示账号（仅演示数据，密码均为 {password}）：", "Demo accounts (demo data only; the password of each is {password}):"),
  englishHint: text(
    "请求头中的 Accept-Language 决定错误信息的语言：zh-CN（默认）或 en。",
    "The Accept-Language header chooses the language of messages: zh-CN (the default) or en.",
  ),
  signedIn: text(
    "已登录：{username}，令牌已写入请求头，有效至 {expiresAt}。",
    "Signed in as {username}; the token is in the headers, valid until {expiresAt}.",
  ),
  signedOut: text("已退出，请求头中的令牌已移除。", "Signed out; the token is removed from the headers."),
  signInFailed: text("登录失败：", "Sign-in failed: "),
  defaultQuery: text(
    [
      "# 欢迎使用天宁区首席数据官数据治理目录的接口查询台。",
      "# 1. 先在页面上方登录（或在“请求头”中填写 Authorization: Bearer <令牌>）。",
      "# 2. 点击运行按钮（或按 Ctrl+Enter）执行下面的查询。",
      "# 左侧边栏的“文档”（Docs）列出全部类型和字段（生产环境关闭内省时不可用）。",
      "",
      "# 我是谁，以及目录中的前 5 个单位及其首席数据官：",
      FIRST_QUERY,
    ].join("\n"),
    [
      "# Welcome to the explorer of the Tianning CDO data-governance catalog.",
      "# 1. Sign in at the top of the page (or put Authorization: Bearer <token> in the Headers).",
      "# 2. Press the run button (or Ctrl+Enter) to run the query below.",
      "# The Docs pane (left sidebar) lists every type and field (not when introspection is off, as in production).",
      "",
      "# Who am I, and the catalog's first 5 units with their CDO:",
      FIRST_QUERY,
    ].join("\n"),
  ),
};
