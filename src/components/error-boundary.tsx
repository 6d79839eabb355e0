/** Catches a render error in one area so the rest of the page keeps working. */
import { Component, type ReactNode } from "react";

interface Props {
  area: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <p>The {this.props.area} could not be shown because of an error in the page.</p>
        <button
          type="button"
          className="mt-2 rounded border border-red-400 bg-white px-3 py-1 font-medium"
          onClick={() => this.setState({ failed: false })}
        >
          Try again
        </button>
      </div>
    );
  }
}
