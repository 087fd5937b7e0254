// The hello-world App Router page: the client-JS baseline.
export default function Hello() {
  return <p>Hello, world!</p>;
}
