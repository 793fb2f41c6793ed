// bottleneck's build without Redis clustering (what @octokit/plugin-throttling uses), typed as the full build.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
