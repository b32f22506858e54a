console.log('covgate cli');
