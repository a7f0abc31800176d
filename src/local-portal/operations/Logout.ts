import type { OperationHandler } from "./context.js";

/** Ends the sign-in session: the token stops working for every operation. */
export const Logout: OperationHandler = ({ session, directory }) => {
  directory.revokeToken(session.accessToken);
  return {};
};
