/** Catches a render error in one area so the rest of the page keeps working. */
import { Component, type ContextType, type ReactNode } from "react";
import { I18nContext } from "../i18n/i18n";

interface Props {
  area: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  static contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <p>{this.context.t.renderFailed(this.props.area)}</p>
        <button
          type="button"
          className="mt-2 rounded border border-red-400 bg-white px-3 py-1 font-medium"
          onClick={() => this.setState({ failed: false })}
        >
          {this.context.t.tryAgain}
        </button>
      </div>
    );
  }
}
