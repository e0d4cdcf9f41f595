/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { Bilingual } from "./Bilingual";

describe("Bilingual", () => {
  it("shows only the Thai text for a Thai Office", () => {
    const { container } = render(<Bilingual th="ผ่านเกณฑ์" />);
    expect(container.textContent).toBe("ผ่านเกณฑ์");
    expect(container.querySelector("[lang=en]")).toBeNull();
  });

  it("adds the English text, marked as English, under the Thai one", () => {
    render(<Bilingual th="ผ่านเกณฑ์" en="Passed" />);
    expect(screen.getByText("ผ่านเกณฑ์")).toBeTruthy();
    expect(screen.getByText("Passed").getAttribute("lang")).toBe("en");
  });
});
